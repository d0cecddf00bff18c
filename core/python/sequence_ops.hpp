// Internal to the built-in data types: what list and tuple share (comparison, repr, index and
// count, iteration).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "python/object.hpp"

namespace py {

// Lexicographic comparison of two item vectors, as CPython's list/tuple richcompare: the first
// differing items decide (compared with `op`), else the lengths. The vectors are re-read at each
// step because an item's __eq__ may mutate a list.
Value compare_items(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op);

// "[1, 2]" / "(1,)": the items' reprs between `open` and `close`; a one-item tuple gets its comma.
// `self` guards against recursion ("[...]").
Value items_repr(const Object* self, const std::vector<Value>& items, const char* open, const char* close,
                 bool one_item_comma = false);

// `seq * count`: `items` `count` times over (a vector or deque of Values, or a string's bytes). An empty
// sequence stays empty at once, however large the count.
template <class Out, class Items>
Out repeat_items(const Items& items, std::int64_t count) {
  Out out;
  if (items.empty() || count <= 0) return out;
  if constexpr (requires { out.reserve(0); }) out.reserve(items.size() * static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; i++) out.insert(out.end(), items.begin(), items.end());
  return out;
}

// seq.index(x[, start[, stop]]): the position, or
// an empty Value with the error set (a ValueError built by `not_found(x)` when absent).
Value items_index(const std::vector<Value>& items, const Args& args, Value (*not_found)(const Value& x));
// seq.count(x)
Value items_count(const std::vector<Value>& items, const Value& x);

// An iterator over a list or tuple (by position, so a list may grow while iterated).
struct SeqIterObject : Object {
  SeqIterObject(Type* type, Value seq, std::int64_t index) : Object(type), seq(std::move(seq)), index(index) {}
  Value seq;  // emptied at exhaustion
  std::int64_t index;
};

Value iter_returns_self(const Value& self);
// The `next` slot body: the item at the iterator's position in `items` and a step forward (or
// backward), or exhaustion.
Value seq_iter_step(SeqIterObject* it, const std::vector<Value>& items, bool reverse);

}  // namespace py
