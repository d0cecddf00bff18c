#include "python/sequence_ops.hpp"

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/slice_object.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Value compare_items(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op) {
  std::size_t i = 0;
  for (; i < a.size() && i < b.size(); i++) {
    Value x = a[i];
    Value y = b[i];
    int eq = equal(x, y);
    if (eq < 0) return nullptr;
    if (eq == 0) {
      if (op == CompareOp::Eq) return py_bool(false);
      if (op == CompareOp::Ne) return py_bool(true);
      return compare(x, y, op);
    }
  }
  auto order = static_cast<int>(a.size() > i) - static_cast<int>(b.size() > i);
  return py_bool(compare_result(order, op));
}

Value items_repr(const Object* self, const std::vector<Value>& items, const char* open, const char* close,
                 bool one_item_comma) {
  ReprGuard guard(self);
  std::string out = open;
  if (guard.recursive()) {
    out += "...";
  } else {
    for (std::size_t i = 0; i < items.size(); i++) {
      if (i > 0) out += ", ";
      Value item = items[i];
      if (!append_repr(out, item)) return nullptr;
    }
    if (one_item_comma && items.size() == 1) out += ",";
  }
  out += close;
  return make_str(std::move(out));
}

namespace {
// A start or stop argument of index(): clipped like a slice bound.
bool index_bound(const Value& v, std::int64_t length, std::int64_t& out) {
  if (!is_index_like(v)) {
    raise_type_error("slice indices must be integers or have an __index__ method");
    return false;
  }
  if (!to_index(v, out)) {
    if (!error_matches(overflow_error_type)) return false;
    clear_error();
    out = int_value_of(v).to_bigint().is_negative() ? -length : length;
  }
  if (out < 0) out = std::max<std::int64_t>(out + length, 0);
  return true;
}
}  // namespace

Value items_index(const std::vector<Value>& items, const Args& args, Value (*not_found)(const Value& x)) {
  if (!check_no_kwargs(args, "index") || !check_positional(args, "index", 1, 3)) return nullptr;
  auto length = static_cast<std::int64_t>(items.size());
  std::int64_t start = 0, stop = length;
  if (args.size() > 1 && !index_bound(args[1], length, start)) return nullptr;
  if (args.size() > 2 && !index_bound(args[2], length, stop)) return nullptr;
  for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(items.size()); i++) {
    Value item = items[static_cast<std::size_t>(i)];
    int eq = equal(item, args[0]);
    if (eq < 0) return nullptr;
    if (eq > 0) return int_from_int64(i);
  }
  return not_found(args[0]);
}

Value items_count(const std::vector<Value>& items, const Value& x) {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < items.size(); i++) {
    Value item = items[i];
    int eq = equal(item, x);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return int_from_int64(n);
}

Value iter_returns_self(const Value& self) { return self; }

Value seq_iter_step(SeqIterObject* it, const std::vector<Value>& items, bool reverse) {
  if (it->index < 0 || it->index >= static_cast<std::int64_t>(items.size())) {
    it->seq = Value();
    return nullptr;
  }
  Value item = items[static_cast<std::size_t>(it->index)];
  it->index += reverse ? -1 : 1;
  return item;
}

}  // namespace py
