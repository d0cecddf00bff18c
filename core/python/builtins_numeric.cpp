// The numeric built-ins: abs, round, divmod, pow, sum, min, max.
#include <cmath>
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/builtins_internal.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/float_ops.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

Value builtin_abs(const Value&, const Args& args) {
  if (!check_one_arg(args, "abs")) return nullptr;
  const Value& x = args[0];
  if (x.is_small_int()) return int_from_int64(x.small_int_value() < 0 ? -x.small_int_value() : x.small_int_value());
  if (is_int(x) && x.type() == bool_type) return Value::small_int(int_value_of(x).small);
  if (is_int(x) && x.type() == int_type) return int_from_bigint(static_cast<IntObject*>(x.object())->value.abs());
  if (x.type() == float_type) return make_float(std::fabs(float_value_of(x)));
  if (Value method = lookup_special(x, "__abs__")) return call(method, {x});
  if (error_occurred()) return nullptr;
  return raise_format(type_error_type, "bad operand type for abs(): '%s'", type_name(x).data());
}

Value builtin_round(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "round", .names = {"number", "ndigits"}, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  const Value& number = bound[0];
  bool has_ndigits = bound[1] && !is_none(bound[1]);
  if (number.type() == float_type) {
    if (!has_ndigits) {
      IntValue rounded;
      if (!unwrap(float_round_to_int(float_value_of(number)), rounded)) return nullptr;
      return int_from_value(std::move(rounded));
    }
    std::int64_t ndigits;
    if (!to_index(bound[1], ndigits)) return nullptr;
    double rounded;
    if (!unwrap(float_round(float_value_of(number), ndigits), rounded)) return nullptr;
    return make_float(rounded);
  }
  if (is_int(number) && !has_ndigits) return int_from_value(int_value_of(number));
  Value method = lookup_special(number, "__round__");
  if (!method) {
    if (error_occurred()) return nullptr;
    return raise_format(type_error_type, "type %s doesn't define __round__ method", type_name(number).data());
  }
  return has_ndigits ? call(method, {number, bound[1]}) : call(method, {number});
}

// Python's floor division and modulo of two ints, as a pair.
Value int_divmod(const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) {
    std::int64_t x = a.small_int_value(), y = b.small_int_value();
    if (y == 0) return raise(zero_division_error_type, "integer division or modulo by zero");
    std::int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      q--;
      r += y;
    }
    return make_tuple({int_from_int64(q), int_from_int64(r)});
  }
  std::pair<BigInt, BigInt> qr;
  if (!unwrap(BigInt::divmod(int_value_of(a).to_bigint(), int_value_of(b).to_bigint()), qr)) return nullptr;
  return make_tuple({int_from_bigint(std::move(qr.first)), int_from_bigint(std::move(qr.second))});
}

Value number_divmod(const Value& a, const Value& b) {
  if (is_int(a) && is_int(b)) return int_divmod(a, b);
  double x, y;
  if (!to_double(a, x) || !to_double(b, y)) return nullptr;
  std::pair<double, double> qr;
  if (!unwrap(float_divmod(x, y), qr)) return nullptr;
  return make_tuple({make_float(qr.first), make_float(qr.second)});
}

bool is_builtin_number(const Value& v) { return (is_int(v) || is_float(v)) && !(v.type()->flags & Type::kHeapType); }

Value builtin_divmod(const Value&, const Args& args) {
  if (!check_positional(args, "divmod", 2, 2)) return nullptr;
  const Value& a = args[0];
  const Value& b = args[1];
  if (is_builtin_number(a) && is_builtin_number(b)) return number_divmod(a, b);
  // Classes: a.__divmod__(b), then b.__rdivmod__(a), as the binary operator protocol.
  if (Value method = lookup_special(a, "__divmod__")) {
    Value r = call(method, {a, b});
    if (!r || !r.is(not_implemented_object)) return r;
  }
  if (error_occurred()) return nullptr;
  if (Value method = lookup_special(b, "__rdivmod__")) {
    Value r = call(method, {b, a});
    if (!r || !r.is(not_implemented_object)) return r;
  }
  if (error_occurred()) return nullptr;
  if ((is_int(a) || is_float(a)) && (is_int(b) || is_float(b))) return number_divmod(a, b);
  return raise_format(type_error_type, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a).data(),
                      type_name(b).data());
}

Value builtin_pow(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "pow", .names = {"base", "exp", "mod"}, .minpos = 2};
  Value bound[3];
  if (!parse_args(args, spec, bound)) return nullptr;
  if (!bound[2] || is_none(bound[2])) return binary_op(bound[0], bound[1], BinaryOp::Pow);
  if (!is_int(bound[0]) || !is_int(bound[1]) || !is_int(bound[2])) {
    return raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  }
  BigInt result;
  if (!unwrap(BigInt::pow_mod(int_value_of(bound[0]).to_bigint(), int_value_of(bound[1]).to_bigint(),
                              int_value_of(bound[2]).to_bigint()),
              result)) {
    return nullptr;
  }
  return int_from_bigint(std::move(result));
}

Value builtin_sum(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "sum", .names = {"iterable", "start"}, .posonly = 1, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value total = bound[1] ? bound[1] : Value::small_int(0);
  if (is_str(total)) return raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(bound[0]);
  if (!it) return nullptr;
  while (Value item = iter_next(it)) {
    // Small ints and exact floats add without the generic dispatch; the results are the same.
    if (total.is_small_int() && item.is_small_int()) {
      total = int_from_int64(total.small_int_value() + item.small_int_value());
    } else if (total.type() == float_type && item.type() == float_type) {
      total = make_float(float_value_of(total) + float_value_of(item));
    } else {
      total = binary_op(total, item, BinaryOp::Add);
      if (!total) return nullptr;
    }
  }
  if (error_occurred()) return nullptr;
  return total;
}

// min() and max(): one iterable or several arguments, key=, and default= for an empty iterable.
Value min_max(const Args& args, const char* fname, CompareOp better) {
  if (args.size() == 0) return raise_format(type_error_type, "%s expected at least 1 argument, got 0", fname);
  Value key, fallback;
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    std::string_view name = args.kw_names[i]->view();
    if (name == "key") {
      key = args.kw_values[i];
    } else if (name == "default") {
      fallback = args.kw_values[i];
    } else {
      return raise_format(type_error_type, "'%s' is an invalid keyword argument for %s()", args.kw_names[i]->text().c_str(), fname);
    }
  }
  if (key && is_none(key)) key = Value();
  if (fallback && args.size() > 1) {
    return raise_format(type_error_type, "Cannot specify a default for %s() with multiple positional arguments", fname);
  }
  Value it = get_iter(args.size() == 1 ? args[0] : Value(make_tuple(std::vector<Value>(args.pos.begin(), args.pos.end()))));
  if (!it) return nullptr;
  Value best, best_key;
  while (Value item = iter_next(it)) {
    Value item_key = key ? call(key, {item}) : item;
    if (!item_key) return nullptr;
    if (best) {
      int wins = compare_bool(item_key, best_key, better);
      if (wins < 0) return nullptr;
      if (!wins) continue;
    }
    best = std::move(item);
    best_key = std::move(item_key);
  }
  if (error_occurred()) return nullptr;
  if (best) return best;
  if (fallback) return fallback;
  return raise_format(value_error_type, "%s() arg is an empty sequence", fname);
}

Value builtin_min(const Value&, const Args& args) { return min_max(args, "min", CompareOp::Lt); }
Value builtin_max(const Value&, const Args& args) { return min_max(args, "max", CompareOp::Gt); }

constexpr FunctionDef kFunctions[] = {
    {"abs", builtin_abs}, {"round", builtin_round}, {"divmod", builtin_divmod}, {"pow", builtin_pow},
    {"sum", builtin_sum}, {"min", builtin_min},     {"max", builtin_max},
};

}  // namespace

std::span<const FunctionDef> numeric_builtins() { return kFunctions; }

}  // namespace py
