// Conversions between BigInt and double, exact int/float comparison, correctly rounded int / int.
#include <bit>
#include <cmath>

#include "python/bigint_limbs.hpp"

namespace py {

using limbs::Limb;
using limbs::Mag;

namespace {


// Rounds (q + sticky·ε) × 2**e to the nearest double, ties to even, honouring the reduced
// precision of subnormals. q must have at least 55 significant bits when sticky is set (so the
// sticky bits sit below the rounding bit). Returns false on overflow.
bool round_to_double(std::uint64_t q, bool sticky, std::int64_t e, double& out) {
  if (q == 0) {
    out = 0.0;
    return true;
  }
  const int nb = std::bit_width(q);
  const std::int64_t top = nb - 1 + e;  // exponent of the leading bit
  if (top >= 1024) return false;
  std::int64_t precision = 53;
  if (top < -1022) precision = 53 - (-1022 - top);  // subnormal: fewer bits left
  std::int64_t drop = nb - precision;
  if (drop > 0) {
    if (drop > 64) {
      out = 0.0;  // below half of the smallest subnormal
      return true;
    }
    // drop == 64: nothing is kept, q is only compared with half the smallest subnormal.
    const std::uint64_t kept0 = drop == 64 ? 0 : q >> drop;
    const std::uint64_t rem = drop == 64 ? q : q & ((std::uint64_t{1} << drop) - 1);
    const std::uint64_t half = std::uint64_t{1} << (drop - 1);
    std::uint64_t kept = kept0;
    if (rem > half || (rem == half && (sticky || (kept & 1)))) kept++;
    q = kept;
    e += drop;
  }
  out = std::ldexp(static_cast<double>(q), static_cast<int>(e));
  return !std::isinf(out);
}

// The top 64 bits of a magnitude (left-aligned), whether any bit below them is set, and the
// power of two they are scaled by.
std::uint64_t top_bits(const Mag& m, bool& sticky, std::int64_t& e) {
  const std::uint64_t bits = limbs::bit_length(m);
  if (bits <= 64) {
    std::uint64_t v = m[0];
    if (m.size() > 1) v |= std::uint64_t{m[1]} << 32;
    sticky = false;
    e = 0;
    return v;
  }
  const std::uint64_t shift = bits - 64;
  Mag t = limbs::shr(m, shift);
  std::uint64_t v = t[0] | (std::uint64_t{t[1]} << 32);
  // Any bit below the shift?
  sticky = false;
  const std::size_t whole = static_cast<std::size_t>(shift / 32);
  for (std::size_t i = 0; i < whole && !sticky; i++) sticky = m[i] != 0;
  if (!sticky && shift % 32) sticky = (m[whole] & ((Limb{1} << (shift % 32)) - 1)) != 0;
  e = static_cast<std::int64_t>(shift);
  return v;
}

}  // namespace

NumResult<double> BigInt::to_double() const {
  if (mag_.empty()) return 0.0;
  if (mag_.size() <= 2) {
    std::uint64_t v = mag_[0] | (mag_.size() > 1 ? std::uint64_t{mag_[1]} << 32 : 0);
    if (v <= (std::uint64_t{1} << 53)) {
      double d = static_cast<double>(v);  // exact
      return neg_ ? -d : d;
    }
  }
  if (bit_length() > 1024) return NumErrc::IntTooLargeForFloat;
  bool sticky;
  std::int64_t e;
  std::uint64_t q = top_bits(mag_, sticky, e);
  double d;
  if (!round_to_double(q, sticky, e, d)) return NumErrc::IntTooLargeForFloat;
  return neg_ ? -d : d;
}

NumResult<BigInt> BigInt::from_double(double x) {
  if (std::isnan(x)) return NumErrc::FloatNanToInt;
  if (std::isinf(x)) return NumErrc::FloatInfinityToInt;
  x = std::trunc(x);
  if (std::fabs(x) < 9223372036854775808.0) return BigInt(static_cast<std::int64_t>(x));
  int exp;
  double m = std::frexp(std::fabs(x), &exp);  // |x| = m * 2**exp, 0.5 <= m < 1
  auto mant = static_cast<std::uint64_t>(std::ldexp(m, 53));
  BigInt r = from_uint64(mant);
  r.mag_ = limbs::shl(r.mag_, static_cast<std::uint64_t>(exp - 53));
  r.neg_ = x < 0;
  return r;
}

int BigInt::compare_with_double(const BigInt& a, double x) {
  if (std::isnan(x)) return 2;
  if (std::isinf(x)) return x > 0 ? -1 : 1;
  const int asign = a.signum();
  const int xsign = x > 0 ? 1 : (x < 0 ? -1 : 0);
  if (asign != xsign) return asign < xsign ? -1 : 1;
  if (asign == 0) return 0;
  // Same sign. Compare bit lengths first: a double has at most 1024 integer bits.
  int exp;
  std::frexp(x, &exp);  // |x| in [2**(exp-1), 2**exp)
  const std::int64_t abits = static_cast<std::int64_t>(a.bit_length());
  if (abits != exp) {
    const bool a_bigger = abits > exp;
    return (a_bigger == (asign > 0)) ? 1 : -1;
  }
  // Same magnitude range: compare exactly with the integer part, then the fraction.
  const double ipart = std::trunc(x);
  const double frac = x - ipart;
  BigInt xi = from_double(ipart).value();
  auto c = a <=> xi;
  if (c < 0) return -1;
  if (c > 0) return 1;
  if (frac == 0) return 0;
  return frac > 0 ? -1 : 1;
}

NumResult<double> BigInt::true_divide(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumErrc::IntTrueDivByZero;
  const bool neg = a.neg_ != b.neg_;
  if (a.is_zero()) return neg ? -0.0 : 0.0;
  const std::uint64_t abits = a.bit_length(), bbits = b.bit_length();
  if (abits <= 53 && bbits <= 53) {
    // Both exact as doubles: IEEE division rounds correctly.
    return a.to_double().value() / b.to_double().value();
  }
  const std::int64_t diff = static_cast<std::int64_t>(abits) - static_cast<std::int64_t>(bbits);
  // a/b >= 2**(diff-1) and < 2**(diff+1).
  if (diff > 1025) return NumErrc::IntTrueDivOverflow;
  if (diff < -1080) return neg ? -0.0 : 0.0;
  // Scale so the integer quotient has 55 or 56 bits, leaving the remainder as the sticky bit.
  const std::int64_t shift = 55 - diff;
  Mag n = a.mag_, d = b.mag_;
  if (shift > 0) {
    n = limbs::shl(n, static_cast<std::uint64_t>(shift));
  } else if (shift < 0) {
    d = limbs::shl(d, static_cast<std::uint64_t>(-shift));
  }
  Mag q, r;
  limbs::divrem(n, d, &q, &r);
  std::uint64_t qv = q.empty() ? 0 : q[0];
  if (q.size() > 1) qv |= std::uint64_t{q[1]} << 32;
  double out;
  if (!round_to_double(qv, !r.empty(), -shift, out)) return NumErrc::IntTrueDivOverflow;
  return neg ? -out : out;
}

}  // namespace py
