// Python's arbitrary-precision int, for the values that do not fit the interpreter's unboxed
// 62-bit ints. Every result matches CPython 3.11: floor division and modulo take the divisor's
// sign, bitwise operators act on an infinite two's complement, hash() reduces modulo 2**61 - 1.
//
// Representation: sign + magnitude in 32-bit limbs, least significant first, no high zero limbs
// (zero is the empty magnitude and is never negative). CPython uses 30-bit digits so that C code
// without a double-width type can carry; we have uint64_t everywhere (wasm32 included, where
// i64 arithmetic is native), so full 32-bit limbs pack 7% more bits per limb, need no masking,
// and map onto the 32x32->64 multiply both targets do in one instruction. 64-bit limbs would
// need a 128-bit product, which wasm32 only emulates.
//
// Size guard: an operation whose result can grow much faster than its inputs (*, **, <<, text
// parsing) takes `max_limbs`, the largest magnitude it may produce, and fails with
// NumErrc::Memory before doing the work when the result would be larger, so that `10 ** 10**8`
// or `1 << 10**10` in a browser tab fails at once instead of freezing it. + - & | ^ grow by at
// most one limb and are unguarded.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "python/num_error.hpp"

namespace py {

// 2**20 limbs: 4 MiB per int, about 10 million decimal digits. The engine may pass its own.
inline constexpr std::size_t kDefaultMaxLimbs = std::size_t{1} << 20;

// CPython 3.11's default sys.get_int_max_str_digits(); 0 means no limit.
inline constexpr std::size_t kDefaultMaxStrDigits = 4300;

class BigInt {
 public:
  using Limb = std::uint32_t;

  BigInt() = default;
  explicit BigInt(std::int64_t v);
  static BigInt from_uint64(std::uint64_t v);
  // From a magnitude (least significant limb first) and a sign; high zero limbs are dropped.
  static BigInt from_limbs(std::span<const Limb> magnitude, bool negative);

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int signum() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  std::span<const Limb> limbs() const { return mag_; }
  std::size_t limb_count() const { return mag_.size(); }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }

  bool fits_int64() const;
  std::int64_t to_int64() const;  // requires fits_int64()
  bool fits_uint64() const { return !neg_ && mag_.size() <= 2; }
  std::uint64_t to_uint64() const;  // requires fits_uint64()
  // int.bit_length(): bits of |x|, 0 for 0.
  std::uint64_t bit_length() const;

  // The exact result of an int64 operation that overflowed: the interpreter's unboxed fast
  // path falls back to these (one allocation, no temporaries).
  static BigInt add_int64(std::int64_t a, std::int64_t b);
  static BigInt sub_int64(std::int64_t a, std::int64_t b);
  static BigInt mul_int64(std::int64_t a, std::int64_t b);

  // ---- exact, infallible arithmetic ----
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  BigInt abs() const;
  friend bool operator==(const BigInt& a, const BigInt& b) = default;
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

  // ---- bitwise, as on an infinite two's complement ----
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -(x + 1)
  // x >> n: floor(x / 2**n).
  BigInt shr(std::uint64_t n) const;
  // x << n; Memory if the result would exceed max_limbs.
  NumResult<BigInt> shl(std::uint64_t n, std::size_t max_limbs = kDefaultMaxLimbs) const;
  // The Python operators, with a Python int count: NegativeShiftCount for n < 0; a huge count
  // shifts everything out (>>) or fails with Memory (<<, unless x is 0).
  static NumResult<BigInt> lshift(const BigInt& x, const BigInt& n, std::size_t max_limbs = kDefaultMaxLimbs);
  static NumResult<BigInt> rshift(const BigInt& x, const BigInt& n);

  // ---- multiplicative ----
  static NumResult<BigInt> mul(const BigInt& a, const BigInt& b, std::size_t max_limbs = kDefaultMaxLimbs);
  // a // b, a % b, divmod(a, b): floor semantics, the remainder has the divisor's sign.
  // Division by zero: IntFloorDivByZero for // and divmod, IntModByZero for %.
  static NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static NumResult<BigInt> mod(const BigInt& a, const BigInt& b);
  static NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
  // a / b, correctly rounded (IntTrueDivByZero, IntTrueDivOverflow).
  static NumResult<double> true_divide(const BigInt& a, const BigInt& b);
  // base ** exp. Requires exp >= 0: Python computes int ** negative int in floats, so the
  // caller converts both operands and uses float_pow (float_ops.hpp) instead.
  static NumResult<BigInt> pow(const BigInt& base, const BigInt& exp, std::size_t max_limbs = kDefaultMaxLimbs);
  // pow(base, exp, m): result has m's sign; exp < 0 uses the inverse of base modulo m
  // (PowModulusZero, PowNotInvertible).
  static NumResult<BigInt> pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m);

  // ---- floats ----
  // float(x), correctly rounded (half to even); IntTooLargeForFloat past the double range.
  NumResult<double> to_double() const;
  // int(x) for a float: truncation toward zero (FloatInfinityToInt, FloatNanToInt).
  static NumResult<BigInt> from_double(double x);
  // Exact comparison of an int with a float, as CPython's int/float ==, <, ...: -1, 0, 1, or 2
  // when x is NaN (every comparison but != is false).
  static int compare_with_double(const BigInt& a, double x);

  // hash(x): x modulo 2**61 - 1 with x's sign, -1 mapped to -2 (64-bit CPython).
  std::int64_t hash() const;

  // ---- text ----
  // str(x); IntStrDigitsLimit when x has more than max_str_digits digits (0: no limit).
  NumResult<std::string> to_decimal(std::size_t max_str_digits = kDefaultMaxStrDigits) const;
  // Digits in a power-of-two base (2, 8, 16: never limited, as in CPython), lower case, with
  // Python's prefix when asked: hex(-255) == "-0xff", oct(8) == "0o10", bin(-5) == "-0b101".
  std::string to_base_pow2(int base, bool prefix) const;
  // From validated digit characters ('0'-'9', 'a'-'z', 'A'-'Z' each < base, no sign, no
  // underscores). Memory if the value could exceed max_limbs. No digit-count limit here:
  // callers (int(), literals) apply CPython's.
  static NumResult<BigInt> from_digits(std::string_view digits, int base, bool negative,
                                       std::size_t max_limbs = kDefaultMaxLimbs);

 private:
  friend struct BigIntAccess;
  void trim();  // drops high zero limbs and the sign of zero

  std::vector<Limb> mag_;
  bool neg_ = false;
};

// CPython's messages for the int/str digit limit.
std::string int_to_str_limit_message(std::size_t limit);
std::string str_to_int_limit_message(std::size_t limit, std::size_t digits);

// hash() of a small int, without building a BigInt.
std::int64_t hash_int64(std::int64_t v);

}  // namespace py
