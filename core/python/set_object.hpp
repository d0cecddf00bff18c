// set and frozenset: CPython's set table (Objects/setobject.c: linear probing plus perturbation,
// its fill and resize policy), so that iteration order, and so the reprs of sets of ints, are
// CPython's: print({3, 1, 2}) shows {1, 2, 3}.
#pragma once

#include <cstdint>
#include <vector>

#include "python/object.hpp"

namespace py {

extern Type* set_type;
extern Type* frozenset_type;

struct SetObject : Object {
  explicit SetObject(Type* type);

  struct Entry {
    Value key;  // empty: unused, or a dummy when hash == -1
    std::int64_t hash = 0;
  };
  std::vector<Entry> table;  // size is a power of two (mask + 1)
  std::int64_t fill = 0;     // active + dummy entries
  std::int64_t used = 0;     // active entries
  std::size_t finger = 0;    // where pop() searches next
  std::int64_t cached_hash = -1;  // frozenset only
};

// A new empty set / frozenset (on the current heap).
Ref<SetObject> make_set();
// set(iterable), frozenset(iterable).
Value make_set_from(const Value& iterable);
Value make_frozenset_from(const Value& iterable);
// Adds `key` (may run __hash__/__eq__): false with an exception set.
bool set_add(SetObject* set, const Value& key);
// `key in set`: 1, 0, -1.
int set_contains_key(SetObject* set, const Value& key);
// Removes `key` if present: 1 removed, 0 absent, -1 error.
int set_discard(SetObject* set, const Value& key);

inline bool is_any_set(const Value& v) {
  return v.is_object() && (v.type()->is_subtype_of(set_type) || v.type()->is_subtype_of(frozenset_type));
}
inline SetObject* as_set(const Value& v) { return static_cast<SetObject*>(v.object()); }

}  // namespace py
