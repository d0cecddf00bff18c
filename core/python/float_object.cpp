// float: arithmetic with Python's semantics (float_ops.hpp), exact comparison with ints,
// CPython's hash and repr, the constructor and the methods people use.
#include "python/float_object.hpp"

#include <array>
#include <cmath>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/float_format.hpp"
#include "python/float_ops.hpp"
#include "python/float_parse.hpp"
#include "python/format_spec.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* float_type = nullptr;

Value make_float(double v) { return make<FloatObject>(v); }

namespace {

Value float_result(NumResult<double> r) {
  if (!r) return raise_num_error(r.error());
  return make_float(r.value());
}

// Both operands as doubles when each is a float or an int; NotImplemented otherwise (`ok` false,
// no exception), or an exception for an int too large for a float.
enum class Operands { Ok, NotNumbers, Error };

Operands to_doubles(const Value& a, const Value& b, double& x, double& y) {
  for (auto [v, out] : {std::pair{&a, &x}, std::pair{&b, &y}}) {
    if (is_float(*v)) {
      *out = float_value_of(*v);
    } else if (!is_int(*v)) {
      return Operands::NotNumbers;
    } else if (!to_double(*v, *out)) {
      return Operands::Error;
    }
  }
  return Operands::Ok;
}

template <class Op>
Value float_binary(const Value& a, const Value& b, Op op) {
  double x = 0, y = 0;
  switch (to_doubles(a, b, x, y)) {
    case Operands::NotNumbers: return not_implemented();
    case Operands::Error: return nullptr;
    case Operands::Ok: break;
  }
  return float_result(op(x, y));
}

Value float_add(const Value& a, const Value& b) {
  return float_binary(a, b, [](double x, double y) -> NumResult<double> { return x + y; });
}
Value float_sub(const Value& a, const Value& b) {
  return float_binary(a, b, [](double x, double y) -> NumResult<double> { return x - y; });
}
Value float_mul(const Value& a, const Value& b) {
  return float_binary(a, b, [](double x, double y) -> NumResult<double> { return x * y; });
}
Value float_div(const Value& a, const Value& b) { return float_binary(a, b, float_truediv); }
Value float_floor_div(const Value& a, const Value& b) { return float_binary(a, b, float_floordiv); }
Value float_modulo(const Value& a, const Value& b) { return float_binary(a, b, float_mod); }
Value float_power(const Value& a, const Value& b) { return float_binary(a, b, float_pow); }

// -1, 0, 1 for a float against an int or a float, exactly; 2 when unordered (NaN).
int order_with(double x, const Value& other) {
  if (is_float(other)) {
    double y = float_value_of(other);
    if (std::isnan(x) || std::isnan(y)) return 2;
    return (x > y) - (x < y);
  }
  IntValue i = int_value_of(other);
  int order = i.is_big ? BigInt::compare_with_double(i.big, x) : compare_int64_with_double(i.small, x);
  return order == 2 ? 2 : -order;
}

Value float_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_float(b) && !is_int(b)) return not_implemented();
  int order = order_with(float_value_of(a), b);
  if (order == 2) return py_bool(op == CompareOp::Ne);
  return py_bool(compare_result(order, op));
}

bool float_hash_slot(const Value& v, std::int64_t& out) {
  // NaN hashes by identity, as CPython's _Py_HashPointer: the address rotated by 4 bits.
  auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(v.object()));
  out = float_hash(float_value_of(v), static_cast<std::int64_t>((bits >> 4) | (bits << 60)));
  return true;
}

Value float_repr_slot(const Value& v) { return make_str(float_repr(float_value_of(v))); }

int float_truth(const Value& v) { return float_value_of(v) != 0.0; }

Value float_neg(const Value& v) { return make_float(-float_value_of(v)); }
Value float_pos(const Value& v) { return make_float(float_value_of(v)); }

Value float_from_object(const Value& x) {
  if (is_float(x)) return make_float(float_value_of(x));
  if (is_str(x)) return float_result(parse_float(as_str(x)->view()));
  if (is_int(x)) {
    double d = 0;
    if (!to_double(x, d)) return nullptr;
    return make_float(d);
  }
  for (const char* name : {"__float__", "__index__"}) {
    Value method = lookup_special(x, name);
    if (!method) continue;
    Value r = call(method, {x});
    if (!r) return nullptr;
    double d = 0;
    if (name[2] == 'f' && !is_float(r)) {
      return raise_format(type_error_type, "%s.__float__ returned non-float (type %s)", x.type()->name.c_str(),
                          r.type()->name.c_str());
    }
    if (!to_double(r, d)) return nullptr;
    return make_float(d);
  }
  return raise_format(type_error_type, "float() argument must be a string or a real number, not '%s'",
                      x.type()->name.c_str());
}

Value float_new(Type* type, const Args& args) {
  if (!check_no_kwargs(args, "float") || !check_positional(args, "float", 0, 1)) return nullptr;
  Value result = args.size() == 0 ? make_float(0.0) : float_from_object(args[0]);
  if (!result || type == float_type) return result;
  return make<FloatObject>(float_value_of(result), type);
}

Value float_getattr(const Value& self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "real") return make_float(float_value_of(self));
  if (n == "imag") return make_float(0.0);
  return generic_getattr(self, name);
}

Value float_is_integer(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.is_integer")) return nullptr;
  double x = float_value_of(self);
  return py_bool(std::isfinite(x) && std::floor(x) == x);
}

Value float_conjugate(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.conjugate")) return nullptr;
  return make_float(float_value_of(self));
}

Value float_truncate(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.__trunc__")) return nullptr;
  NumResult<IntValue> r = float_to_int(float_value_of(self));
  if (!r) return raise_num_error(r.error());
  return int_from_value(std::move(r.value()));
}

template <double (*rounding)(double)>
Value float_to_rounded_int(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.__floor__")) return nullptr;
  NumResult<IntValue> r = float_to_int(rounding(float_value_of(self)));
  if (!r) return raise_num_error(r.error());
  return int_from_value(std::move(r.value()));
}

Value float_round_method(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "__round__") || !check_arg_range(args, "__round__", 0, 1)) return nullptr;
  double x = float_value_of(self);
  if (args.size() == 0 || is_none(args[0])) {
    NumResult<IntValue> r = float_round_to_int(x);
    if (!r) return raise_num_error(r.error());
    return int_from_value(std::move(r.value()));
  }
  std::int64_t ndigits = 0;
  if (!to_index(args[0], ndigits)) return nullptr;
  return float_result(float_round(x, ndigits));
}

Value float_as_integer_ratio(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.as_integer_ratio")) return nullptr;
  double x = float_value_of(self);
  if (std::isinf(x)) return raise(overflow_error_type, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise_value_error("cannot convert NaN to integer ratio");
  int exponent = 0;
  double mantissa = std::frexp(x, &exponent);
  // Scale the mantissa to an integer; each doubling moves one bit from the exponent.
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); i++) {
    mantissa *= 2.0;
    exponent--;
  }
  NumResult<BigInt> numerator = BigInt::from_double(mantissa);
  if (!numerator) return raise_num_error(numerator.error());
  BigInt denominator(1);
  if (exponent > 0) {
    numerator = numerator.value().shl(static_cast<std::uint64_t>(exponent));
    if (!numerator) return raise_num_error(numerator.error());
  } else {
    NumResult<BigInt> d = denominator.shl(static_cast<std::uint64_t>(-exponent));
    if (!d) return raise_num_error(d.error());
    denominator = std::move(d.value());
  }
  return make_tuple({int_from_bigint(std::move(numerator.value())), int_from_bigint(std::move(denominator))});
}

Value float_format_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "__format__")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "__format__() argument must be str, not %s", args[0].type()->name.c_str());
  }
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  NumResult<std::string> r = format_float(float_value_of(self), spec, type_name(self));
  if (!r) return raise_num_error(r.error());
  return make_str(std::move(r.value()));
}

Value float_abs(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.__abs__")) return nullptr;
  return make_float(std::fabs(float_value_of(self)));
}

Value float_divmod_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "float.__divmod__")) return nullptr;
  double x = 0, y = 0;
  switch (to_doubles(self, args[0], x, y)) {
    case Operands::NotNumbers: return not_implemented();
    case Operands::Error: return nullptr;
    case Operands::Ok: break;
  }
  NumResult<std::pair<double, double>> r = float_divmod(x, y);
  if (!r) return raise_num_error(r.error());
  return make_tuple({make_float(r.value().first), make_float(r.value().second)});
}

}  // namespace

void init_float_type() {
  float_type = new_builtin_type("float", Type::kBaseType);
  Type* t = float_type;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->compare = float_compare;
  t->truth = float_truth;
  t->new_instance = float_new;
  t->getattr = float_getattr;
  auto set = [t](BinaryOp op, BinarySlot slot) { t->binary[static_cast<int>(op)] = slot; };
  set(BinaryOp::Add, float_add);
  set(BinaryOp::Sub, float_sub);
  set(BinaryOp::Mul, float_mul);
  set(BinaryOp::TrueDiv, float_div);
  set(BinaryOp::FloorDiv, float_floor_div);
  set(BinaryOp::Mod, float_modulo);
  set(BinaryOp::Pow, float_power);
  t->unary[static_cast<int>(UnaryOp::Neg)] = float_neg;
  t->unary[static_cast<int>(UnaryOp::Pos)] = float_pos;
  add_method(t, "is_integer", float_is_integer);
  add_method(t, "conjugate", float_conjugate);
  add_method(t, "__trunc__", float_truncate);
  add_method(t, "__int__", float_truncate);
  add_method(t, "__floor__", float_to_rounded_int<std::floor>);
  add_method(t, "__ceil__", float_to_rounded_int<std::ceil>);
  add_method(t, "__round__", float_round_method);
  add_method(t, "as_integer_ratio", float_as_integer_ratio);
  add_method(t, "__format__", float_format_method);
  add_method(t, "__abs__", float_abs);
  add_method(t, "__divmod__", float_divmod_method);
  add_float_hex_methods(t);
  finish_builtin_type(t);
}

}  // namespace py
