// dict: insertion-ordered hash table, as CPython's (a dense entry array plus an index table),
// so iteration order, popitem() and reprs match. Also the namespace of modules, classes and
// instances: keys there are interned strs, looked up by pointer first.
#pragma once

#include <cstdint>
#include <vector>

#include "python/object.hpp"

namespace py {

extern Type* dict_type;

struct DictObject : Object {
  explicit DictObject(Type* type = dict_type);
  ~DictObject() override;

  // Lookups hash and compare with Python semantics (they may run user __eq__/__hash__ and fail).
  // get(): the value, or an empty Value with no exception when absent, or empty + exception.
  Value get(const Value& key);
  bool set(const Value& key, Value value);
  // 1 removed, 0 absent (no exception), -1 error.
  int remove(const Value& key);
  // Fast paths for str keys (attribute and global lookups); never fail.
  Value get_str(StrObject* key) const;
  void set_str(StrObject* key, Value value);
  bool remove_str(StrObject* key);
  void clear();
  std::int64_t size() const { return used_; }

  // Insertion-ordered traversal; deleted entries are skipped. Mutating during traversal is
  // detected by comparing version() (RuntimeError "dictionary changed size during iteration").
  struct Entry {
    Value key;
    Value value;
    std::int64_t hash;
  };
  const std::vector<Entry>& entries() const { return entries_; }  // may contain holes (empty key)
  // Changes whenever a key is added or removed (not when a value is replaced), and is never the
  // same for two dicts of a thread: a cache holding (version, entry position) needs no pointer.
  std::uint64_t version() const { return version_; }
  // The position in entries() of a str key, or -1.
  std::int32_t find_str(StrObject* key) const;

 private:
  void remove_at(std::size_t slot, std::int64_t entry);
  void resize();

  std::vector<Entry> entries_;
  std::vector<std::int32_t> index_;  // -1 empty, -2 dummy, else entries_ position
  std::int64_t used_ = 0;
  std::uint64_t version_;
};

Ref<DictObject> make_dict();
inline bool is_dict(const Value& v) { return v.is_object() && (v.type()->flags & Type::kIsDictSubclass); }
inline DictObject* as_dict(const Value& v) { return static_cast<DictObject*>(v.object()); }

}  // namespace py
