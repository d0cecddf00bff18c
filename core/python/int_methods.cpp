// int's constructor, its named methods (bit_length, __round__, __format__, ...) and its
// attributes (real, imag, numerator, denominator).
#include <array>
#include <string>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/float_ops.hpp"
#include "python/format_spec.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/int_parse.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {
namespace {

Value int_result(NumResult<IntValue> r) {
  if (!r) return raise_num_error(r.error());
  return int_from_value(std::move(r.value()));
}

// __int__, __index__ or __trunc__ of an object that is not an int, float or str.
Value int_from_special(const Value& x) {
  for (const char* name : {"__int__", "__index__", "__trunc__"}) {
    Value method = lookup_special(x, name);
    if (!method) continue;
    Value r = call(method, {x});
    if (!r) return nullptr;
    if (!is_int(r)) {
      return raise_format(type_error_type, "%s returned non-int (type %s)", name, r.type()->name.c_str());
    }
    return int_from_value(int_value_of(r));
  }
  return raise_format(type_error_type,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      x.type()->name.c_str());
}

Value int_from_object(const Value& x) {
  if (is_int(x)) return int_from_value(int_value_of(x));
  if (is_float(x)) return int_result(float_to_int(float_value_of(x)));
  if (is_str(x)) return int_result(parse_int(as_str(x)->view(), 10));
  return int_from_special(x);
}

Value int_from_text(const Value& x, const Value& base_arg) {
  if (!is_str(x)) return raise_type_error("int() can't convert non-string with explicit base");
  std::int64_t base = 0;
  if (!to_index(base_arg, base)) return nullptr;
  if (base != 0 && (base < 2 || base > 36)) return raise_num_error(NumErrc::IntBaseOutOfRange);
  return int_result(parse_int(as_str(x)->view(), static_cast<int>(base)));
}

Value int_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "int", .names = {"x", "base"}, .posonly = 1, .minpos = 0};
  std::array<Value, 2> a;
  if (!parse_args(args, spec, a)) return nullptr;
  Value result;
  if (!a[0]) {
    if (a[1]) return raise_type_error("int() missing string argument");
    result = Value::small_int(0);
  } else {
    result = a[1] ? int_from_text(a[0], a[1]) : int_from_object(a[0]);
  }
  if (!result || type == int_type) return result;
  return make<IntObject>(int_value_of(result).to_bigint(), type);
}

Value int_getattr(const Value& self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return int_from_value(int_value_of(self));
  if (n == "imag") return Value::small_int(0);
  if (n == "denominator") return Value::small_int(1);
  return generic_getattr(self, name);
}

// int(self) for the methods that return the plain int value (conjugate, __int__, __floor__, ...).
Value int_itself(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.conjugate")) return nullptr;
  return int_from_value(int_value_of(self));
}

Value int_bit_length(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.bit_length")) return nullptr;
  IntValue x = int_value_of(self);
  if (x.is_big) return int_from_int64(static_cast<std::int64_t>(x.big.bit_length()));
  std::uint64_t m = x.small < 0 ? 0 - static_cast<std::uint64_t>(x.small) : static_cast<std::uint64_t>(x.small);
  return Value::small_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
}

Value int_bit_count(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.bit_count")) return nullptr;
  BigInt m = int_value_of(self).to_bigint().abs();
  std::int64_t count = 0;
  for (BigInt::Limb limb : m.limbs()) count += __builtin_popcount(limb);
  return Value::small_int(count);
}

Value int_as_integer_ratio(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.as_integer_ratio")) return nullptr;
  return make_tuple({int_from_value(int_value_of(self)), Value::small_int(1)});
}

Value int_format(const Value& self, const Args& args) {
  if (!check_one_arg(args, "__format__")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "__format__() argument must be str, not %s", args[0].type()->name.c_str());
  }
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  IntValue x = int_value_of(self);
  std::string_view name = type_name(self);
  NumResult<std::string> r = x.is_big ? format_int(x.big, spec, name) : format_int(x.small, spec, name);
  if (!r) return raise_num_error(r.error());
  return make_str(std::move(r.value()));
}

// round(x, ndigits) for negative ndigits: the nearest multiple of 10**-ndigits, ties to even
// (CPython's _PyLong_Round).
Value int_round_to_power_of_ten(const BigInt& x, std::int64_t ndigits) {
  // 10**k exceeds |x| * 2 once k passes x's decimal length: the result is then 0.
  if (static_cast<std::uint64_t>(-ndigits) > x.bit_length() / 3 + 2) return Value::small_int(0);
  NumResult<BigInt> pow10 = BigInt::pow(BigInt(10), BigInt(-ndigits));
  if (!pow10) return raise_num_error(pow10.error());
  NumResult<std::pair<BigInt, BigInt>> qr = BigInt::divmod(x, pow10.value());
  if (!qr) return raise_num_error(qr.error());
  auto& [q, r] = qr.value();
  BigInt twice_r = r + r;
  auto order = twice_r <=> pow10.value();
  BigInt result = x - r;
  if (order > 0 || (order == 0 && q.is_odd())) result = result + pow10.value();
  return int_from_bigint(std::move(result));
}

Value int_round(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "__round__") || !check_arg_range(args, "__round__", 0, 1)) return nullptr;
  Value value = int_from_value(int_value_of(self));
  if (args.size() == 0 || is_none(args[0])) return value;
  std::int64_t ndigits = 0;
  if (!to_index(args[0], ndigits)) return nullptr;
  if (ndigits >= 0) return value;
  return int_round_to_power_of_ten(int_value_of(value).to_bigint(), ndigits);
}

Value int_to_float(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.__float__")) return nullptr;
  double d = 0;
  if (!to_double(self, d)) return nullptr;
  return make_float(d);
}

Value int_abs(const Value& self, const Args& args) {
  if (!check_no_args(args, "int.__abs__")) return nullptr;
  IntValue x = int_value_of(self);
  if (!x.is_big && x.small != INT64_MIN) return int_from_int64(x.small < 0 ? -x.small : x.small);
  return int_from_bigint(x.to_bigint().abs());
}

Value int_divmod(const Value& self, const Args& args) {
  if (!check_one_arg(args, "int.__divmod__")) return nullptr;
  if (!is_int(args[0])) return not_implemented();
  Value q = binary_op(self, args[0], BinaryOp::FloorDiv);
  if (!q) return nullptr;
  Value r = binary_op(self, args[0], BinaryOp::Mod);
  if (!r) return nullptr;
  return make_tuple({std::move(q), std::move(r)});
}

// pow(x, y, mod): the three-argument form has no operator.
Value int_pow_method(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "int.__pow__") || !check_arg_range(args, "__pow__", 1, 2)) return nullptr;
  if (args.size() == 1 || is_none(args[1])) return binary_op(self, args[0], BinaryOp::Pow);
  if (!is_int(args[0]) || !is_int(args[1])) return not_implemented();
  NumResult<BigInt> r = BigInt::pow_mod(int_value_of(self).to_bigint(), int_value_of(args[0]).to_bigint(),
                                        int_value_of(args[1]).to_bigint());
  if (!r) return raise_num_error(r.error());
  return int_from_bigint(std::move(r.value()));
}

}  // namespace

void add_int_methods(Type* t) {
  t->new_instance = int_new;
  t->getattr = int_getattr;
  for (const char* name : {"conjugate", "__int__", "__index__", "__trunc__", "__floor__", "__ceil__"}) {
    add_method(t, name, int_itself);
  }
  add_method(t, "bit_length", int_bit_length);
  add_method(t, "bit_count", int_bit_count);
  add_method(t, "as_integer_ratio", int_as_integer_ratio);
  add_method(t, "__format__", int_format);
  add_method(t, "__round__", int_round);
  add_method(t, "__float__", int_to_float);
  add_method(t, "__abs__", int_abs);
  add_method(t, "__divmod__", int_divmod);
  add_method(t, "__pow__", int_pow_method);
}

}  // namespace py
