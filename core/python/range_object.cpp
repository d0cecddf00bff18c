// range: an immutable arithmetic sequence (int64 bounds), with O(1) len, indexing, slicing and
// membership of ints.
#include <string>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/range_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/slice_object.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* range_type = nullptr;

namespace {

Type* range_iterator_type = nullptr;

std::int64_t range_length(std::int64_t start, std::int64_t stop, std::int64_t step) {
  if (step > 0 && start < stop) return static_cast<std::int64_t>((static_cast<__int128>(stop) - start - 1) / step + 1);
  if (step < 0 && start > stop) return static_cast<std::int64_t>((static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1);
  return 0;
}

struct RangeObject : Object {
  RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
      : Object(range_type), start(start), stop(stop), step(step), length(range_length(start, stop, step)) {}
  std::int64_t start, stop, step, length;
  std::int64_t at(std::int64_t i) const { return start + i * step; }
};

struct RangeIterObject : Object {
  RangeIterObject(std::int64_t next, std::int64_t step, std::int64_t remaining)
      : Object(range_iterator_type), next(next), step(step), remaining(remaining) {}
  std::int64_t next, step, remaining;
};

RangeObject* as_range(const Value& v) { return static_cast<RangeObject*>(v.object()); }

Value range_new(Type*, const Args& args) {
  if (!check_no_kwargs(args, "range") || !check_positional(args, "range", 1, 3)) return nullptr;
  std::int64_t bounds[3] = {0, 0, 1};
  if (args.size() == 1) {
    if (!to_index(args[0], bounds[1])) return nullptr;
  } else {
    for (std::size_t i = 0; i < args.size(); i++) {
      if (!to_index(args[i], bounds[i])) return nullptr;
    }
  }
  if (bounds[2] == 0) return raise_value_error("range() arg 3 must not be zero");
  return make<RangeObject>(bounds[0], bounds[1], bounds[2]);
}

Value range_repr(const Value& self) {
  RangeObject* r = as_range(self);
  std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  return make_str(out + ")");
}

bool range_len(const Value& self, std::int64_t& out) {
  out = as_range(self)->length;
  return true;
}

Value range_getitem(const Value& self, const Value& key) {
  RangeObject* r = as_range(self);
  if (is_slice(key)) {
    std::int64_t start = 0, stop = 0, step = 0, count = 0;
    if (!slice_indices(key, r->length, start, stop, step, count)) return nullptr;
    // CPython computes these with ints; a range here is 64-bit, so one that does not fit (the stop
    // one step past a range ending near the bounds, a product of steps) is an OverflowError.
    const __int128 new_start = r->start + static_cast<__int128>(start) * r->step;
    const __int128 new_stop = r->start + static_cast<__int128>(stop) * r->step;
    const __int128 new_step = static_cast<__int128>(r->step) * step;
    for (__int128 v : {new_start, new_stop, new_step}) {
      if (v < INT64_MIN || v > INT64_MAX) return raise(overflow_error_type, "Python int too large to convert to C ssize_t");
    }
    return make<RangeObject>(static_cast<std::int64_t>(new_start), static_cast<std::int64_t>(new_stop),
                             static_cast<std::int64_t>(new_step));
  }
  if (!is_index_like(key)) {
    return raise_format(type_error_type, "range indices must be integers or slices, not %s", key.type()->name.c_str());
  }
  std::int64_t i = 0;
  if (!sequence_index(key, r->length, "range object index out of range", i)) return nullptr;
  return int_from_int64(r->at(i));
}

// The position of int `x` in the range, or -1.
std::int64_t position_of(RangeObject* r, const Value& x) {
  IntValue v = int_value_of(x);
  if (v.is_big || r->length == 0) return -1;
  __int128 offset = static_cast<__int128>(v.small) - r->start;
  if (offset % r->step != 0) return -1;
  __int128 i = offset / r->step;
  return i >= 0 && i < r->length ? static_cast<std::int64_t>(i) : -1;
}

int range_contains(const Value& self, const Value& x) {
  if (is_int(x)) return position_of(as_range(self), x) >= 0;
  Value it = get_iter(self);
  while (Value item = iter_next(it)) {
    int eq = equal(item, x);
    if (eq != 0) return eq;
  }
  return error_occurred() ? -1 : 0;
}

// Ranges are equal when they produce the same values.
bool same_values(RangeObject* a, RangeObject* b) {
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  return a->length == 1 || a->step == b->step;
}

Value range_compare(const Value& a, const Value& b, CompareOp op) {
  if (!b.is_object() || b.type() != range_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return not_implemented();
  }
  return py_bool(same_values(as_range(a), as_range(b)) == (op == CompareOp::Eq));
}

bool range_hash(const Value& self, std::int64_t& out) {
  RangeObject* r = as_range(self);
  Value start = r->length == 0 ? none() : int_from_int64(r->start);
  Value step = r->length <= 1 ? none() : int_from_int64(r->step);
  return hash(make_tuple({int_from_int64(r->length), start, step}), out);
}

Value range_iter(const Value& self) {
  RangeObject* r = as_range(self);
  return make<RangeIterObject>(r->start, r->step, r->length);
}

Value range_iter_next(const Value& self) {
  auto* it = static_cast<RangeIterObject*>(self.object());
  if (it->remaining <= 0) return nullptr;
  it->remaining--;
  std::int64_t v = it->next;
  // Never steps past the last value, and wraps as unsigned: a reversed range's step can be -INT64_MIN.
  if (it->remaining > 0) it->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(it->next) + static_cast<std::uint64_t>(it->step));
  return int_from_int64(v);
}

Value range_reversed(const Value& self, const Args& args) {
  if (!check_no_args(args, "range.__reversed__")) return nullptr;
  RangeObject* r = as_range(self);
  // -step as unsigned: INT64_MIN stays INT64_MIN, which the iterator adds as +2**63.
  const auto step = static_cast<std::int64_t>(std::uint64_t{0} - static_cast<std::uint64_t>(r->step));
  return make<RangeIterObject>(r->length > 0 ? r->at(r->length - 1) : r->start, step, r->length);
}

Value range_getattr(const Value& self, StrObject* name) {
  RangeObject* r = as_range(self);
  std::string_view n = name->view();
  if (n == "start") return int_from_int64(r->start);
  if (n == "stop") return int_from_int64(r->stop);
  if (n == "step") return int_from_int64(r->step);
  return generic_getattr(self, name);
}

Value range_count(const Value& self, const Args& args) {
  if (!check_one_arg(args, "range.count")) return nullptr;
  if (is_int(args[0])) return Value::small_int(position_of(as_range(self), args[0]) >= 0);
  std::vector<Value> items;
  if (!collect(self, items)) return nullptr;
  return items_count(items, args[0]);
}

Value range_index(const Value& self, const Args& args) {
  if (!check_one_arg(args, "range.index")) return nullptr;
  if (is_int(args[0])) {
    std::int64_t i = position_of(as_range(self), args[0]);
    if (i >= 0) return int_from_int64(i);
  } else {
    Value it = get_iter(self);
    for (std::int64_t i = 0; Value item = iter_next(it); i++) {
      int eq = equal(item, args[0]);
      if (eq < 0) return nullptr;
      if (eq > 0) return int_from_int64(i);
    }
    if (error_occurred()) return nullptr;
  }
  std::string text;
  if (!repr_string(args[0], text)) return nullptr;
  return raise_value_error(text + " is not in range");
}

}  // namespace

void init_range_type() {
  range_type = new_builtin_type("range", 0);
  Type* t = range_type;
  t->new_instance = range_new;
  t->repr = range_repr;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->compare = range_compare;
  t->hash = range_hash;
  t->iter = range_iter;
  t->getattr = range_getattr;
  add_method(t, "count", range_count);
  add_method(t, "index", range_index);
  add_method(t, "__reversed__", range_reversed);
  finish_builtin_type(t);

  range_iterator_type = new_builtin_type("range_iterator", 0);
  range_iterator_type->iter = iter_returns_self;
  range_iterator_type->next = range_iter_next;
  finish_builtin_type(range_iterator_type);
}

}  // namespace py
