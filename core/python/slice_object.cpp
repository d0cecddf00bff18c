// slice: its object (start, stop, step, indices()) and PySlice_GetIndicesEx for every sequence.
#include "python/slice_object.hpp"

#include <limits>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* slice_type = nullptr;

Ref<SliceObject> make_slice(Value start, Value stop, Value step) {
  return make<SliceObject>(std::move(start), std::move(stop), std::move(step));
}

namespace {

constexpr std::int64_t kMaxIndex = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinIndex = std::numeric_limits<std::int64_t>::min();

// _PyEval_SliceIndex: an int bound, clamped to int64 when huge.
bool slice_bound(const Value& v, std::int64_t& out) {
  if (is_int(v)) {
    IntValue i = int_value_of(v);
    out = !i.is_big ? i.small : i.big.is_negative() ? kMinIndex : kMaxIndex;
    return true;
  }
  if (!lookup_special(v, "__index__")) {
    raise_type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return to_index(v, out);
}

// A bound clipped to [0, length] (or [-1, length - 1] for a negative step).
std::int64_t adjust(std::int64_t i, std::int64_t length, std::int64_t step) {
  if (i < 0) {
    i += length;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= length) {
    i = step < 0 ? length - 1 : length;
  }
  return i;
}

SliceObject* as_slice(const Value& v) { return static_cast<SliceObject*>(v.object()); }

}  // namespace

bool slice_indices(const Value& slice, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                   std::int64_t& step, std::int64_t& count) {
  SliceObject* s = as_slice(slice);
  step = 1;
  if (!is_none(s->step)) {
    if (!slice_bound(s->step, step)) return false;
    if (step == 0) {
      raise_value_error("slice step cannot be zero");
      return false;
    }
    step = std::max(step, -kMaxIndex);  // so that -step cannot overflow
  }
  if (is_none(s->start)) {
    start = step < 0 ? kMaxIndex : 0;
  } else if (!slice_bound(s->start, start)) {
    return false;
  }
  if (is_none(s->stop)) {
    stop = step < 0 ? kMinIndex : kMaxIndex;
  } else if (!slice_bound(s->stop, stop)) {
    return false;
  }
  start = adjust(start, length, step);
  stop = adjust(stop, length, step);
  count = 0;
  if (step < 0 && stop < start) count = (start - stop - 1) / -step + 1;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  return true;
}

namespace {

std::vector<Value> parts(const Value& v) { return {as_slice(v)->start, as_slice(v)->stop, as_slice(v)->step}; }

Value slice_repr(const Value& self) {
  std::string out = "slice(";
  std::vector<Value> p = parts(self);
  for (std::size_t i = 0; i < p.size(); i++) {
    if (i > 0) out += ", ";
    if (!append_repr(out, p[i])) return nullptr;
  }
  out += ")";
  return make_str(std::move(out));
}

Value slice_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_slice(b)) return not_implemented();
  return compare_items(parts(a), parts(b), op);
}

Value slice_new(Type*, const Args& args) {
  if (!check_no_kwargs(args, "slice") || !check_positional(args, "slice", 1, 3)) return nullptr;
  if (args.size() == 1) return make_slice(none(), args[0], none());
  return make_slice(args[0], args[1], args.size() == 3 ? args[2] : none());
}

Value slice_getattr(const Value& self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "start") return as_slice(self)->start;
  if (n == "stop") return as_slice(self)->stop;
  if (n == "step") return as_slice(self)->step;
  return generic_getattr(self, name);
}

Value slice_indices_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "slice.indices")) return nullptr;
  std::int64_t length = 0;
  if (!to_index(args[0], length)) return nullptr;
  if (length < 0) return raise_value_error("length should not be negative");
  std::int64_t start = 0, stop = 0, step = 0, count = 0;
  if (!slice_indices(self, length, start, stop, step, count)) return nullptr;
  return make_tuple({int_from_int64(start), int_from_int64(stop), int_from_int64(step)});
}

}  // namespace

void init_slice_type() {
  slice_type = new_builtin_type("slice", 0);
  slice_type->repr = slice_repr;
  slice_type->compare = slice_compare;
  slice_type->new_instance = slice_new;
  slice_type->getattr = slice_getattr;
  add_method(slice_type, "indices", slice_indices_method);
  finish_builtin_type(slice_type);
}

}  // namespace py
