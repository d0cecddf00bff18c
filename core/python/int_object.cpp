// int: values, arithmetic, comparison, hashing and repr. Small ints are unboxed (value.hpp) and
// take int64 fast paths; anything that could overflow goes through BigInt.
#include "python/int_object.hpp"

#include <string>

#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/float_ops.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* int_type = nullptr;

Value int_from_int64(std::int64_t v) {
  if (Value::fits_small(v)) return Value::small_int(v);
  return make<IntObject>(BigInt(v));
}

Value int_from_bigint(BigInt v) {
  if (v.fits_int64()) return int_from_int64(v.to_int64());
  return make<IntObject>(std::move(v));
}

Value int_from_value(IntValue v) { return v.is_big ? int_from_bigint(std::move(v.big)) : int_from_int64(v.small); }

IntValue int_value_of(const Value& v) {
  if (v.is_small_int()) return IntValue::from(v.small_int_value());
  const BigInt& big = static_cast<IntObject*>(v.object())->value;
  if (big.fits_int64()) return IntValue::from(big.to_int64());
  IntValue r;
  r.is_big = true;
  r.big = big;
  return r;
}

Value raise_num_error(const NumError& e) {
  switch (e.type()) {
    case PyExcType::ValueError: return raise(value_error_type, e.message);
    case PyExcType::ZeroDivisionError: return raise(zero_division_error_type, e.message);
    case PyExcType::OverflowError: return raise(overflow_error_type, e.message);
    case PyExcType::MemoryError: return raise_memory_error();
  }
  return raise(value_error_type, e.message);
}

namespace {

Value big_result(NumResult<BigInt> r) {
  if (!r) return raise_num_error(r.error());
  return int_from_bigint(std::move(r.value()));
}

Value float_result(NumResult<double> r) {
  if (!r) return raise_num_error(r.error());
  return make_float(r.value());
}

// An operator on two ints: `small` handles two int64 operands and returns an empty Value when the
// result needs BigInt, `big` handles the general case. Anything but two ints is NotImplemented.
template <class SmallOp, class BigOp>
Value int_binary(const Value& a, const Value& b, SmallOp small, BigOp big) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  IntValue x = int_value_of(a);
  IntValue y = int_value_of(b);
  if (!x.is_big && !y.is_big) {
    if (Value r = small(x.small, y.small)) return r;
    if (error_occurred()) return nullptr;
  }
  return big(x.to_bigint(), y.to_bigint());
}

Value int_add(const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) return int_from_int64(a.small_int_value() + b.small_int_value());
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        std::int64_t r;
        return __builtin_add_overflow(x, y, &r) ? int_from_bigint(BigInt::add_int64(x, y)) : int_from_int64(r);
      },
      [](const BigInt& x, const BigInt& y) { return int_from_bigint(x + y); });
}

Value int_sub(const Value& a, const Value& b) {
  if (a.is_small_int() && b.is_small_int()) return int_from_int64(a.small_int_value() - b.small_int_value());
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        std::int64_t r;
        return __builtin_sub_overflow(x, y, &r) ? int_from_bigint(BigInt::sub_int64(x, y)) : int_from_int64(r);
      },
      [](const BigInt& x, const BigInt& y) { return int_from_bigint(x - y); });
}

Value int_mul(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        std::int64_t r;
        return __builtin_mul_overflow(x, y, &r) ? int_from_bigint(BigInt::mul_int64(x, y)) : int_from_int64(r);
      },
      [](const BigInt& x, const BigInt& y) { return big_result(BigInt::mul(x, y)); });
}

// |x| without overflow for INT64_MIN.
std::uint64_t magnitude(std::int64_t x) { return x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x); }

// Ints up to 2**53 convert to double exactly, so their quotient is correctly rounded.
constexpr std::uint64_t kExactDoubleInt = std::uint64_t{1} << 53;

Value int_truediv(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        if (y == 0) return raise_num_error(NumErrc::IntTrueDivByZero);
        if (magnitude(x) > kExactDoubleInt || magnitude(y) > kExactDoubleInt) return nullptr;
        return make_float(static_cast<double>(x) / static_cast<double>(y));
      },
      [](const BigInt& x, const BigInt& y) { return float_result(BigInt::true_divide(x, y)); });
}

bool small_division_overflows(std::int64_t x, std::int64_t y) { return x == INT64_MIN && y == -1; }

Value int_floordiv(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        if (y == 0) return raise_num_error(NumErrc::IntFloorDivByZero);
        if (small_division_overflows(x, y)) return nullptr;
        std::int64_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) q--;
        return int_from_int64(q);
      },
      [](const BigInt& x, const BigInt& y) { return big_result(BigInt::floordiv(x, y)); });
}

Value int_mod(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t y) -> Value {
        if (y == 0) return raise_num_error(NumErrc::IntModByZero);
        if (small_division_overflows(x, y)) return Value::small_int(0);
        std::int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return int_from_int64(r);
      },
      [](const BigInt& x, const BigInt& y) { return big_result(BigInt::mod(x, y)); });
}

Value int_pow(const Value& a, const Value& b) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  IntValue y = int_value_of(b);
  bool negative_exponent = y.is_big ? y.big.is_negative() : y.small < 0;
  if (negative_exponent) {
    // int ** negative int is a float, computed as CPython does: both operands as doubles.
    double x = 0, e = 0;
    if (!to_double(a, x) || !to_double(b, e)) return nullptr;
    return float_result(float_pow(x, e));
  }
  return big_result(BigInt::pow(int_value_of(a).to_bigint(), y.to_bigint()));
}

Value int_lshift(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t n) -> Value {
        if (n < 0) return raise_num_error(NumErrc::NegativeShiftCount);
        if (n >= 62 || magnitude(x) >= (std::uint64_t{1} << (62 - n))) return nullptr;
        return int_from_int64(x * (std::int64_t{1} << n));
      },
      [](const BigInt& x, const BigInt& n) { return big_result(BigInt::lshift(x, n)); });
}

Value int_rshift(const Value& a, const Value& b) {
  return int_binary(
      a, b,
      [](std::int64_t x, std::int64_t n) -> Value {
        if (n < 0) return raise_num_error(NumErrc::NegativeShiftCount);
        return int_from_int64(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
      },
      [](const BigInt& x, const BigInt& n) { return big_result(BigInt::rshift(x, n)); });
}

Value int_and(const Value& a, const Value& b) {
  return int_binary(
      a, b, [](std::int64_t x, std::int64_t y) { return int_from_int64(x & y); },
      [](const BigInt& x, const BigInt& y) { return int_from_bigint(x & y); });
}

Value int_or(const Value& a, const Value& b) {
  return int_binary(
      a, b, [](std::int64_t x, std::int64_t y) { return int_from_int64(x | y); },
      [](const BigInt& x, const BigInt& y) { return int_from_bigint(x | y); });
}

Value int_xor(const Value& a, const Value& b) {
  return int_binary(
      a, b, [](std::int64_t x, std::int64_t y) { return int_from_int64(x ^ y); },
      [](const BigInt& x, const BigInt& y) { return int_from_bigint(x ^ y); });
}

Value int_neg(const Value& a) {
  IntValue x = int_value_of(a);
  if (!x.is_big && x.small != INT64_MIN) return int_from_int64(-x.small);
  return int_from_bigint(-x.to_bigint());
}

Value int_pos(const Value& a) { return int_from_value(int_value_of(a)); }

Value int_invert(const Value& a) {
  IntValue x = int_value_of(a);
  if (!x.is_big) return int_from_int64(~x.small);
  return int_from_bigint(~x.big);
}

int compare_ints(const Value& a, const Value& b) {
  IntValue x = int_value_of(a);
  IntValue y = int_value_of(b);
  if (!x.is_big && !y.is_big) return (x.small > y.small) - (x.small < y.small);
  auto order = x.to_bigint() <=> y.to_bigint();
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

Value int_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_int(b)) return not_implemented();
  return py_bool(compare_result(compare_ints(a, b), op));
}

bool int_hash(const Value& v, std::int64_t& out) {
  IntValue x = int_value_of(v);
  out = x.is_big ? x.big.hash() : hash_int64(x.small);
  return true;
}

int int_truth(const Value& v) {
  if (v.is_small_int()) return v.small_int_value() != 0;
  return !static_cast<IntObject*>(v.object())->value.is_zero();
}

}  // namespace

bool compare_result(int order, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return order < 0;
    case CompareOp::Le: return order <= 0;
    case CompareOp::Eq: return order == 0;
    case CompareOp::Ne: return order != 0;
    case CompareOp::Gt: return order > 0;
    case CompareOp::Ge: return order >= 0;
  }
  return false;
}

Value int_repr(const Value& v) {
  IntValue x = int_value_of(v);
  if (!x.is_big) return make_str(std::to_string(x.small));
  NumResult<std::string> text = x.big.to_decimal();
  if (!text) return raise_num_error(text.error());
  return make_str(std::move(text.value()));
}

void init_int_type() {
  int_type = new_builtin_type("int", Type::kBaseType | Type::kIsIntSubclass);
  Type* t = int_type;
  t->repr = int_repr;
  t->hash = int_hash;
  t->compare = int_compare;
  t->truth = int_truth;
  auto set = [t](BinaryOp op, BinarySlot slot) { t->binary[static_cast<int>(op)] = slot; };
  set(BinaryOp::Add, int_add);
  set(BinaryOp::Sub, int_sub);
  set(BinaryOp::Mul, int_mul);
  set(BinaryOp::TrueDiv, int_truediv);
  set(BinaryOp::FloorDiv, int_floordiv);
  set(BinaryOp::Mod, int_mod);
  set(BinaryOp::Pow, int_pow);
  set(BinaryOp::LShift, int_lshift);
  set(BinaryOp::RShift, int_rshift);
  set(BinaryOp::And, int_and);
  set(BinaryOp::Or, int_or);
  set(BinaryOp::Xor, int_xor);
  t->unary[static_cast<int>(UnaryOp::Neg)] = int_neg;
  t->unary[static_cast<int>(UnaryOp::Pos)] = int_pos;
  t->unary[static_cast<int>(UnaryOp::Invert)] = int_invert;
  add_int_methods(t);
  finish_builtin_type(t);
}

}  // namespace py
