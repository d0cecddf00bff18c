// Mirrors CPython 3.11's Objects/floatobject.c (float_rem, _float_div_mod, float_pow,
// double_round, _Py_HashDouble) so that edge cases (signed zeros, infinities) come out the same.
#include "python/float_ops.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "python/float_digits.hpp"

namespace py {

namespace {

void div_mod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  // fmod is exact, so vx - mod is a multiple of wx; the division may still be a hair off an
  // integer, hence the snapping below.
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// The exact decimal expansion of x != 0 in scientific form (a double has at most 767
// significant digits), for round()'s rare "keep no digit" case.
std::string exact_scientific(double x) {
  char buf[900];
  std::snprintf(buf, sizeof buf, "%.800e", std::fabs(x));
  return buf;
}

}  // namespace

NumResult<double> float_truediv(double a, double b) {
  if (b == 0) return NumErrc::FloatTrueDivByZero;
  return a / b;
}

NumResult<double> float_floordiv(double a, double b) {
  if (b == 0) return NumErrc::FloatFloorDivByZero;
  double q, r;
  div_mod(a, b, q, r);
  return q;
}

NumResult<double> float_mod(double a, double b) {
  if (b == 0) return NumErrc::FloatModByZero;
  double mod = std::fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

NumResult<std::pair<double, double>> float_divmod(double a, double b) {
  if (b == 0) return NumErrc::FloatDivmodByZero;
  std::pair<double, double> qr;
  div_mod(a, b, qr.first, qr.second);
  return qr;
}

NumResult<double> float_pow(double v, double w) {
  if (w == 0) return 1.0;  // v**0 is 1, even 0**0 and nan**0
  if (std::isnan(v)) return v;
  if (std::isnan(w)) return v == 1.0 ? 1.0 : w;
  if (std::isinf(w)) {
    // |v| < 1: 0.0 for +inf, inf for -inf; |v| > 1 (inf included) the other way; |v| == 1: 1.0.
    const double av = std::fabs(v);
    if (av == 1.0) return 1.0;
    if ((w > 0.0) == (av > 1.0)) return std::fabs(w);
    return 0.0;
  }
  if (std::isinf(v)) {
    // (±inf)**w: inf for w > 0, 0 for w < 0, with v's sign when w is an odd integer.
    const bool odd = is_odd_integer(w);
    if (w > 0) return odd ? v : std::fabs(v);
    return odd ? std::copysign(0.0, v) : 0.0;
  }
  if (v == 0) {
    if (w < 0) return NumErrc::ZeroToNegativePower;
    return is_odd_integer(w) ? v : 0.0;
  }
  bool negate = false;
  if (v < 0) {
    if (w != std::floor(w)) return NumErrc::ComplexResult;
    v = -v;
    negate = is_odd_integer(w);
  }
  if (v == 1.0) return negate ? -1.0 : 1.0;  // also (-1)**huge, which some libms get wrong
  double r = std::pow(v, w);
  // CPython: overflow to ±inf is an error, underflow to 0 is not.
  if (std::isinf(r)) return NumErrc::FloatPowOverflow;
  return negate ? -r : r;
}

NumResult<double> float_round(double x, std::int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  // Beyond these every double rounds to itself, or to ±0.0 (0.30103 bounds log10(2) above).
  constexpr int kMaxDigits = static_cast<int>((53 - (-1021)) * 0.30103);
  constexpr int kMinDigits = -static_cast<int>((1024 + 1) * 0.30103);
  if (ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  const int nd = static_cast<int>(ndigits);
  // CPython rounds through dtoa mode 3 (correctly rounded decimal digits) and reads the digits
  // back with strtod; snprintf's exact %e/%f rounding gives the same digits.
  DecimalDigits d;
  d.negative = std::signbit(x);
  if (x == 0) {
    return x;
  } else if (nd >= 0) {
    fixed_digits(x, nd, d);
  } else {
    const std::string exact = exact_scientific(x);
    const int e10 = std::atoi(exact.c_str() + exact.find('e') + 1);
    const int keep = e10 + 1 + nd;  // significant digits left of the rounding position
    if (keep >= 1) {
      significant_digits(x, keep, d);
    } else if (keep == 0) {
      // Rounds to 0 or 10**(e10+1); an exact half goes to the even 0.
      const char lead = exact[0];
      const bool rest_nonzero = exact.find_first_of("123456789", 2) < exact.find('e');
      const bool up = lead > '5' || (lead == '5' && rest_nonzero);
      d.digits.assign(up ? 1 : 0, '1');  // (not = "1" : "": GCC 12 false -Wrestrict, bug 105329)
      d.decpt = e10 + 2;
    } else {
      d.digits.clear();
      d.decpt = 0;
    }
  }
  std::string text = d.negative ? "-0" : "0";
  text += d.digits;
  text += 'e';
  text += std::to_string(d.decpt - static_cast<int>(d.digits.size()));
  const double rounded = std::strtod(text.c_str(), nullptr);
  if (std::isinf(rounded)) return NumErrc::RoundOverflow;
  return rounded;
}

NumResult<IntValue> float_to_int(double x) {
  if (std::isnan(x)) return NumErrc::FloatNanToInt;
  if (std::isinf(x)) return NumErrc::FloatInfinityToInt;
  if (std::fabs(x) < 9223372036854775808.0) return IntValue::from(static_cast<std::int64_t>(x));
  return IntValue::from(BigInt::from_double(x).value());
}

NumResult<IntValue> float_round_to_int(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
  return float_to_int(rounded);
}

std::int64_t float_hash(double v, std::int64_t nan_hash) {
  constexpr int kBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
  if (std::isnan(v)) return nan_hash;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits of the mantissa at a time, reducing modulo 2**61 - 1 as we go.
  std::uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    const auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  // Multiply by 2**e, a rotation by e modulo 61.
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = x * static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  if (x == static_cast<std::uint64_t>(-1)) x = static_cast<std::uint64_t>(-2);
  return static_cast<std::int64_t>(x);
}

int compare_int64_with_double(std::int64_t a, double x) {
  if (std::isnan(x)) return 2;
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (a >= -kExact && a <= kExact) {
    const double d = static_cast<double>(a);
    return d < x ? -1 : (d > x ? 1 : 0);
  }
  return BigInt::compare_with_double(BigInt(a), x);
}

}  // namespace py
