// BigInt against CPython 3.11: the cases in bigint_cases.inc were computed by python3
// (gen/gen_bigint_cases.py); the hand-written tests cover limits, errors and messages.
#include "python/bigint.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace {

using py::BigInt;
using py::NumErrc;

struct PairCase {
  const char *a, *b, *sum, *diff, *prod, *quot, *rem, *and_, *or_, *xor_;
};
struct Digest {
  std::int64_t hash = 0;
  std::uint64_t bits = 0;
  std::uint64_t low = 0;
  bool negative = false;
  bool present = false;
  Digest() = default;
  Digest(std::int64_t h, std::uint64_t b, std::uint64_t l, bool n) : hash(h), bits(b), low(l), negative(n), present(true) {}
};
struct BigPairCase {
  const char *a, *b;
  Digest ops[8];
};
struct UnaryCase {
  const char* x;
  const char* decimal;
  std::int64_t hash;
  std::uint64_t bit_length;
  bool float_ok;
  std::uint64_t float_bits;
};
struct ShiftCase {
  const char* x;
  std::uint64_t n;
  const char *shl, *shr;
};
struct PowCase {
  const char* base;
  std::uint64_t exp;
  const char* result;
};
struct PowModCase {
  const char *base, *exp, *mod, *result;
};
struct TrueDivCase {
  const char *a, *b;
  bool ok;
  std::uint64_t bits;
};
struct CompareCase {
  const char* a;
  std::uint64_t x_bits;
  int expected;
};
struct FromDoubleCase {
  std::uint64_t x_bits;
  const char* result;
};

#include "bigint_cases.inc"

BigInt hex(std::string_view s) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  return BigInt::from_digits(s, 16, neg).value();
}

std::string hex(const BigInt& x) { return x.to_base_pow2(16, false); }

double from_bits(std::uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}
std::uint64_t to_bits(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

BigInt value(py::NumResult<BigInt> r) {
  EXPECT_TRUE(r.ok()) << r.error().message;
  return r.ok() ? std::move(r).value() : BigInt();
}

void expect_digest(const BigInt& x, const Digest& d, const char* what, std::size_t i) {
  SCOPED_TRACE(std::string(what) + " #" + std::to_string(i));
  EXPECT_EQ(x.hash(), d.hash);
  EXPECT_EQ(x.bit_length(), d.bits);
  auto low = x.abs() & BigInt::from_uint64(~std::uint64_t{0});
  EXPECT_EQ(low.to_uint64(), d.low);
  EXPECT_EQ(x.is_negative(), d.negative);
}

TEST(BigIntCases, PairsMatchCPython) {
  std::size_t i = 0;
  for (const auto& c : kPairCases) {
    SCOPED_TRACE(std::string(c.a) + " ? " + c.b);
    BigInt a = hex(c.a), b = hex(c.b);
    EXPECT_EQ(hex(a + b), c.sum);
    EXPECT_EQ(hex(a - b), c.diff);
    EXPECT_EQ(hex(value(BigInt::mul(a, b))), c.prod);
    if (c.quot) {
      EXPECT_EQ(hex(value(BigInt::floordiv(a, b))), c.quot);
      EXPECT_EQ(hex(value(BigInt::mod(a, b))), c.rem);
      auto qr = BigInt::divmod(a, b);
      ASSERT_TRUE(qr.ok());
      EXPECT_EQ(hex(qr->first), c.quot);
      EXPECT_EQ(hex(qr->second), c.rem);
    } else {
      EXPECT_EQ(BigInt::floordiv(a, b).code(), NumErrc::IntFloorDivByZero);
      EXPECT_EQ(BigInt::mod(a, b).code(), NumErrc::IntModByZero);
      EXPECT_EQ(BigInt::divmod(a, b).code(), NumErrc::IntFloorDivByZero);
    }
    EXPECT_EQ(hex(a & b), c.and_);
    EXPECT_EQ(hex(a | b), c.or_);
    EXPECT_EQ(hex(a ^ b), c.xor_);
    EXPECT_EQ((a <=> b) < 0, hex(a - b)[0] == '-');
    i++;
  }
  EXPECT_EQ(i, 500u);
}

TEST(BigIntCases, LargePairsMatchCPython) {
  std::size_t i = 0;
  for (const auto& c : kBigPairCases) {
    BigInt a = hex(c.a), b = hex(c.b);
    expect_digest(a + b, c.ops[0], "+", i);
    expect_digest(a - b, c.ops[1], "-", i);
    expect_digest(value(BigInt::mul(a, b)), c.ops[2], "*", i);
    expect_digest(value(BigInt::floordiv(a, b)), c.ops[3], "//", i);
    expect_digest(value(BigInt::mod(a, b)), c.ops[4], "%", i);
    expect_digest(a & b, c.ops[5], "&", i);
    expect_digest(a | b, c.ops[6], "|", i);
    expect_digest(a ^ b, c.ops[7], "^", i);
    i++;
  }
}

TEST(BigIntCases, UnaryMatchCPython) {
  for (const auto& c : kUnaryCases) {
    SCOPED_TRACE(c.x);
    BigInt x = hex(c.x);
    auto dec = x.to_decimal(0);
    ASSERT_TRUE(dec.ok());
    EXPECT_EQ(*dec, c.decimal);
    std::string_view d = c.decimal;
    bool neg = d[0] == '-';
    if (neg) d.remove_prefix(1);
    EXPECT_EQ(BigInt::from_digits(d, 10, neg).value(), x);
    EXPECT_EQ(x.hash(), c.hash);
    EXPECT_EQ(x.bit_length(), c.bit_length);
    auto f = x.to_double();
    if (c.float_ok) {
      ASSERT_TRUE(f.ok());
      EXPECT_EQ(to_bits(*f), c.float_bits);
    } else {
      EXPECT_EQ(f.code(), NumErrc::IntTooLargeForFloat);
      EXPECT_EQ(f.error().message, "int too large to convert to float");
    }
    if (x.fits_int64()) {
      EXPECT_EQ(py::hash_int64(x.to_int64()), c.hash);
      EXPECT_EQ(BigInt(x.to_int64()), x);
    }
  }
}

TEST(BigIntCases, ShiftsMatchCPython) {
  for (const auto& c : kShiftCases) {
    SCOPED_TRACE(std::string(c.x) + " shift " + std::to_string(c.n));
    BigInt x = hex(c.x);
    EXPECT_EQ(hex(value(x.shl(c.n))), c.shl);
    EXPECT_EQ(hex(x.shr(c.n)), c.shr);
    EXPECT_EQ(hex(value(BigInt::lshift(x, BigInt::from_uint64(c.n)))), c.shl);
    EXPECT_EQ(hex(value(BigInt::rshift(x, BigInt::from_uint64(c.n)))), c.shr);
  }
}

TEST(BigIntCases, PowMatchesCPython) {
  for (const auto& c : kPowCases) {
    SCOPED_TRACE(std::string(c.base) + " ** " + std::to_string(c.exp));
    EXPECT_EQ(hex(value(BigInt::pow(hex(c.base), BigInt::from_uint64(c.exp)))), c.result);
  }
}

TEST(BigIntCases, PowModMatchesCPython) {
  for (const auto& c : kPowModCases) {
    SCOPED_TRACE(std::string("pow(") + c.base + ", " + c.exp + ", " + c.mod + ")");
    auto r = BigInt::pow_mod(hex(c.base), hex(c.exp), hex(c.mod));
    if (c.result) {
      ASSERT_TRUE(r.ok());
      EXPECT_EQ(hex(*r), c.result);
    } else {
      EXPECT_EQ(r.code(), NumErrc::PowNotInvertible);
    }
  }
}

TEST(BigIntCases, TrueDivideMatchesCPython) {
  for (const auto& c : kTrueDivCases) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    auto r = BigInt::true_divide(hex(c.a), hex(c.b));
    if (c.ok) {
      ASSERT_TRUE(r.ok());
      EXPECT_EQ(to_bits(*r), c.bits);
    } else {
      EXPECT_EQ(r.code(), c.bits == 0 ? NumErrc::IntTrueDivOverflow : NumErrc::IntTrueDivByZero);
    }
  }
}

TEST(BigIntCases, CompareWithDoubleMatchesCPython) {
  for (const auto& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " vs " + std::to_string(from_bits(c.x_bits)));
    EXPECT_EQ(BigInt::compare_with_double(hex(c.a), from_bits(c.x_bits)), c.expected);
  }
}

TEST(BigIntCases, FromDoubleMatchesCPython) {
  for (const auto& c : kFromDoubleCases) {
    SCOPED_TRACE(from_bits(c.x_bits));
    EXPECT_EQ(hex(value(BigInt::from_double(from_bits(c.x_bits)))), c.result);
  }
}

TEST(BigInt, Int64Boundaries) {
  const std::int64_t min = INT64_MIN, max = INT64_MAX;
  EXPECT_TRUE(BigInt(min).fits_int64());
  EXPECT_EQ(BigInt(min).to_int64(), min);
  EXPECT_EQ(BigInt(max).to_int64(), max);
  EXPECT_FALSE((BigInt(max) + BigInt(1)).fits_int64());
  EXPECT_FALSE((BigInt(min) - BigInt(1)).fits_int64());
  EXPECT_EQ(hex(BigInt(min)), "-8000000000000000");
  EXPECT_EQ(BigInt(0).signum(), 0);
  EXPECT_FALSE((-BigInt(0)).is_negative());
  EXPECT_EQ(BigInt(5) - BigInt(5), BigInt());
  EXPECT_EQ(~BigInt(0), BigInt(-1));
  EXPECT_EQ(~BigInt(-1), BigInt(0));
}

TEST(BigInt, Int64OverflowHelpers) {
  // Values from CPython 3.11.
  EXPECT_EQ(BigInt::add_int64(INT64_MAX, INT64_MAX).to_decimal().value(), "18446744073709551614");
  EXPECT_EQ(BigInt::sub_int64(INT64_MIN, INT64_MAX).to_decimal().value(), "-18446744073709551615");
  EXPECT_EQ(BigInt::mul_int64(INT64_MIN, INT64_MIN).to_decimal().value(), "85070591730234615865843651857942052864");
  EXPECT_EQ(BigInt::mul_int64(INT64_MIN, INT64_MAX).to_decimal().value(), "-85070591730234615856620279821087277056");
  EXPECT_EQ(BigInt::mul_int64(-3, 5), BigInt(-15));
  EXPECT_EQ(BigInt::add_int64(5, -5), BigInt());
  EXPECT_FALSE(BigInt::add_int64(5, -5).is_negative());
}

TEST(BigInt, PrefixedPowerOfTwoBases) {
  EXPECT_EQ(BigInt(-255).to_base_pow2(16, true), "-0xff");
  EXPECT_EQ(BigInt(8).to_base_pow2(8, true), "0o10");
  EXPECT_EQ(BigInt(-5).to_base_pow2(2, true), "-0b101");
  EXPECT_EQ(BigInt(0).to_base_pow2(16, true), "0x0");
  EXPECT_EQ(BigInt(0).to_base_pow2(2, false), "0");
  // oct of a value whose 3-bit digits straddle limbs: 2**64 - 1 == 0o1777777777777777777777
  EXPECT_EQ(BigInt::from_uint64(~std::uint64_t{0}).to_base_pow2(8, true), "0o1777777777777777777777");
  EXPECT_EQ(hex(BigInt::from_digits("1777777777777777777777", 8, false).value()), "ffffffffffffffff");
  EXPECT_EQ(BigInt::from_digits("zz", 36, true).value(), BigInt(-1295));
  EXPECT_EQ(BigInt::from_digits("ZZ", 36, false).value(), BigInt(1295));
  EXPECT_EQ(BigInt::from_digits("0000", 10, false).value(), BigInt());
}

TEST(BigInt, ErrorMessagesAreCPythons) {
  EXPECT_EQ(BigInt::floordiv(BigInt(1), BigInt()).error().message, "integer division or modulo by zero");
  EXPECT_EQ(BigInt::mod(BigInt(1), BigInt()).error().message, "integer modulo by zero");
  EXPECT_EQ(BigInt::divmod(BigInt(1), BigInt()).error().message, "integer division or modulo by zero");
  EXPECT_EQ(BigInt::true_divide(BigInt(1), BigInt()).error().message, "division by zero");
  EXPECT_EQ(BigInt::pow_mod(BigInt(2), BigInt(3), BigInt()).error().message, "pow() 3rd argument cannot be 0");
  EXPECT_EQ(BigInt::pow_mod(BigInt(4), BigInt(-1), BigInt(6)).error().message,
            "base is not invertible for the given modulus");
  EXPECT_EQ(BigInt::lshift(BigInt(1), BigInt(-1)).error().message, "negative shift count");
  EXPECT_EQ(BigInt::rshift(BigInt(1), BigInt(-1)).error().message, "negative shift count");
  EXPECT_EQ(BigInt::from_double(1.0 / 0.0).error().message, "cannot convert float infinity to integer");
  EXPECT_EQ(BigInt::from_double(-1.0 / 0.0).code(), NumErrc::FloatInfinityToInt);
  EXPECT_EQ(BigInt::from_double(std::nan("")).error().message, "cannot convert float NaN to integer");
  EXPECT_EQ(BigInt::from_double(std::nan("")).error().type(), py::PyExcType::ValueError);
  EXPECT_EQ(BigInt::true_divide(BigInt::pow(BigInt(10), BigInt(400)).value(), BigInt(1)).error().message,
            "integer division result too large for a float");
  EXPECT_EQ(py::NumError(NumErrc::IntFloorDivByZero).type(), py::PyExcType::ZeroDivisionError);
  EXPECT_EQ(py::NumError(NumErrc::IntTooLargeForFloat).type(), py::PyExcType::OverflowError);
  EXPECT_EQ(py::NumError(NumErrc::Memory).type(), py::PyExcType::MemoryError);
}

TEST(BigInt, PowModSpecialCases) {
  // Values from CPython 3.11.
  EXPECT_EQ(BigInt::pow_mod(BigInt(2), BigInt(-1), BigInt(5)).value(), BigInt(3));
  EXPECT_EQ(BigInt::pow_mod(BigInt(0), BigInt(-1), BigInt(1)).value(), BigInt(0));
  EXPECT_EQ(BigInt::pow_mod(BigInt(5), BigInt(0), BigInt(-7)).value(), BigInt(-6));
  EXPECT_EQ(BigInt::pow_mod(BigInt(5), BigInt(0), BigInt(1)).value(), BigInt(0));
  EXPECT_EQ(BigInt::pow_mod(BigInt(-3), BigInt(3), BigInt(-7)).value(), BigInt(-6));
  EXPECT_EQ(BigInt::pow_mod(BigInt(3), BigInt(-2), BigInt(-7)).value(), BigInt(-3));
}

TEST(BigInt, PowSpecialCases) {
  const BigInt huge = BigInt::pow(BigInt(10), BigInt(100)).value();
  EXPECT_EQ(BigInt::pow(BigInt(1), huge).value(), BigInt(1));
  EXPECT_EQ(BigInt::pow(BigInt(-1), huge).value(), BigInt(1));
  EXPECT_EQ(BigInt::pow(BigInt(-1), huge + BigInt(1)).value(), BigInt(-1));
  EXPECT_EQ(BigInt::pow(BigInt(0), huge).value(), BigInt(0));
  EXPECT_EQ(BigInt::pow(BigInt(0), BigInt(0)).value(), BigInt(1));
  EXPECT_EQ(BigInt::pow(BigInt(-2), BigInt(3)).value(), BigInt(-8));
  EXPECT_EQ(hex(BigInt::pow(BigInt(-4), BigInt(33)).value()), "-4" + std::string(16, '0'));
}

// Hostile programs must fail fast, before allocating or computing.
TEST(BigIntLimits, HugeResultsFailImmediately) {
  auto start = std::chrono::steady_clock::now();
  const BigInt ten(10), two(2);
  const BigInt e8 = BigInt::pow(ten, BigInt(8)).value();
  EXPECT_EQ(BigInt::pow(ten, e8).code(), NumErrc::Memory);                       // 10 ** 10**8
  EXPECT_EQ(BigInt::pow(ten, BigInt::pow(ten, BigInt(100)).value()).code(), NumErrc::Memory);
  EXPECT_EQ(BigInt::lshift(BigInt(1), BigInt::pow(ten, BigInt(10)).value()).code(), NumErrc::Memory);  // 1 << 10**10
  EXPECT_EQ(BigInt::lshift(BigInt(1), BigInt::pow(two, BigInt(64)).value()).code(), NumErrc::Memory);
  EXPECT_EQ(BigInt::lshift(BigInt(0), BigInt::pow(two, BigInt(100)).value()).value(), BigInt());
  EXPECT_EQ(BigInt::rshift(BigInt(12345), BigInt::pow(two, BigInt(100)).value()).value(), BigInt());
  EXPECT_EQ(BigInt::rshift(BigInt(-12345), BigInt::pow(two, BigInt(100)).value()).value(), BigInt(-1));
  // A caller-chosen limit: 2 limbs allow 2**63 but not 2**64 (3 limbs).
  EXPECT_TRUE(BigInt(1).shl(63, 2).ok());
  EXPECT_EQ(BigInt(1).shl(64, 2).code(), NumErrc::Memory);
  EXPECT_TRUE(BigInt::pow(two, BigInt(63), 2).ok());
  EXPECT_EQ(BigInt::pow(two, BigInt(64), 2).code(), NumErrc::Memory);
  EXPECT_EQ(BigInt::pow(BigInt(3), BigInt(41), 2).code(), NumErrc::Memory);  // 3**41 > 2**64
  EXPECT_TRUE(BigInt::pow(BigInt(3), BigInt(40), 2).ok());
  const BigInt big = BigInt(1).shl(1000).value();
  EXPECT_EQ(BigInt::mul(big, big, 40).code(), NumErrc::Memory);
  EXPECT_TRUE(BigInt::mul(big, big, 64).ok());
  EXPECT_EQ(BigInt::from_digits(std::string(200, '9'), 10, false, 20).code(), NumErrc::Memory);
  EXPECT_EQ(NumErrc::Memory, BigInt::pow(BigInt(3), BigInt(1) .shl(40).value()).code());
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 500);
}

TEST(BigIntLimits, StrDigitsLimitAsCPython) {
  const BigInt ten(10);
  const BigInt e4299 = BigInt::pow(ten, BigInt(4299)).value();  // 4300 digits: allowed
  auto s = (-e4299).to_decimal();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->size(), 4301u);
  EXPECT_EQ(s->substr(0, 3), "-10");
  auto over = BigInt::pow(ten, BigInt(4300)).value().to_decimal();  // 4301 digits
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(over.error().type(), py::PyExcType::ValueError);
  EXPECT_EQ(over.error().message,
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to "
            "increase the limit");
  // Huge values are refused without converting.
  const BigInt huge = BigInt(1).shl(30000000).value();
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(huge.to_decimal().code(), NumErrc::IntStrDigitsLimit);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(50));
  // Power-of-two bases are never limited.
  EXPECT_EQ(BigInt::pow(ten, BigInt(4300)).value().to_base_pow2(16, true).substr(0, 6), "0x1392");
  // The limit is a parameter.
  EXPECT_TRUE(BigInt::pow(ten, BigInt(4300)).value().to_decimal(5000).ok());
  EXPECT_EQ(BigInt::pow(ten, BigInt(700)).value().to_decimal(700).code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(py::str_to_int_limit_message(4300, 5000),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use "
            "sys.set_int_max_str_digits() to increase the limit");
}

// Decimal round trips through the divide-and-conquer parser and Karatsuba-sized products.
TEST(BigInt, LongDecimalRoundTrip) {
  std::string digits;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 20000; i++) {
    seed = seed * 1103515245u + 12345u;
    digits += static_cast<char>('0' + (seed >> 16) % 10);
  }
  digits[0] = '7';
  BigInt x = BigInt::from_digits(digits, 10, false).value();
  EXPECT_EQ(x.to_decimal(0).value(), digits);
  // 10**19999 * 7.xxx: compare with a parse of the halves.
  BigInt hi = BigInt::from_digits(digits.substr(0, 7000), 10, false).value();
  BigInt lo = BigInt::from_digits(digits.substr(7000), 10, false).value();
  BigInt p = BigInt::pow(BigInt(10), BigInt(13000)).value();
  EXPECT_EQ(BigInt::mul(hi, p).value() + lo, x);
  auto qr = BigInt::divmod(x, p).value();
  EXPECT_EQ(qr.first, hi);
  EXPECT_EQ(qr.second, lo);
}

// Long operands take the recursive division and the divide-and-conquer decimal conversion;
// check them by identities on values Python would take seconds to print.
TEST(BigInt, LongDivisionIdentities) {
  std::uint32_t seed = 777;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed;
  };
  for (int round = 0; round < 3; round++) {
    std::vector<std::uint32_t> a(3000 + 1000 * round), b(700 + 500 * round);
    for (auto& x : a) x = next();
    for (auto& x : b) x = next();
    if (round == 1) std::fill(b.begin(), b.end() - 1, 0xFFFFFFFFu);  // many carries
    const BigInt x = BigInt::from_limbs(a, round == 2), y = BigInt::from_limbs(b, false);
    auto qr = BigInt::divmod(x, y).value();
    EXPECT_EQ(BigInt::mul(qr.first, y).value() + qr.second, x);
    EXPECT_FALSE(qr.second.is_negative());
    EXPECT_LT(qr.second, y);
    const std::string s = x.to_decimal(0).value();
    EXPECT_EQ(BigInt::from_digits(std::string_view(s).substr(round == 2 ? 1 : 0), 10, round == 2).value(), x);
  }
}

TEST(BigInt, HashAsCPython) {
  // hash(-1) == -2, hash(2**61 - 1) == 0, hash(-2**61) == -2 (CPython 3.11, 64-bit).
  EXPECT_EQ(BigInt(-1).hash(), -2);
  EXPECT_EQ(py::hash_int64(-1), -2);
  EXPECT_EQ(BigInt((std::int64_t{1} << 61) - 1).hash(), 0);
  EXPECT_EQ(BigInt(-(std::int64_t{1} << 61)).hash(), -2);
  EXPECT_EQ(py::hash_int64(INT64_MIN), -4);
  EXPECT_EQ(BigInt(INT64_MIN).hash(), -4);
}

}  // namespace
