#include "python/float_digits.hpp"

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace py {

namespace {

#include "python/ryu_tables.inc"

using u128 = unsigned __int128;  // g++ and clang (wasm32 included: lowered to 64-bit ops)

constexpr int kMantissaBits = 52;
constexpr int kExponentBias = 1023;
constexpr int kPow5InvBits = 125;
constexpr int kPow5Bits = 125;

// ceil(log2(5**e)) for e > 0, 1 for e == 0 (valid for 0 <= e <= 3528).
int pow5bits(int e) { return static_cast<int>(((static_cast<std::uint32_t>(e) * 1217359) >> 19) + 1); }
// floor(log10(2**e)) for 0 <= e <= 1650.
std::uint32_t log10_pow2(int e) { return (static_cast<std::uint32_t>(e) * 78913) >> 18; }
// floor(log10(5**e)) for 0 <= e <= 2620.
std::uint32_t log10_pow5(int e) { return (static_cast<std::uint32_t>(e) * 732923) >> 20; }

std::uint32_t pow5_factor(std::uint64_t v) {
  std::uint32_t count = 0;
  while (v % 5 == 0) {
    v /= 5;
    count++;
  }
  return count;
}
bool multiple_of_pow5(std::uint64_t v, std::uint32_t p) { return pow5_factor(v) >= p; }
bool multiple_of_pow2(std::uint64_t v, std::uint32_t p) { return (v & ((std::uint64_t{1} << p) - 1)) == 0; }

// (m × mul) >> j for a 128-bit mul, j >= 64.
std::uint64_t mul_shift(std::uint64_t m, const std::uint64_t* mul, int j) {
  const u128 b0 = static_cast<u128>(m) * mul[0];
  const u128 b2 = static_cast<u128>(m) * mul[1];
  return static_cast<std::uint64_t>(((b0 >> 64) + b2) >> (j - 64));
}

struct Decimal64 {
  std::uint64_t mantissa;
  int exponent;  // value = mantissa × 10**exponent
};

// Ryu's d2d: the shortest decimal in the rounding interval of m2 × 2**e2 (boundaries included
// when the binary mantissa is even, as round-half-even reading does), and among those the
// closest to the exact value.
Decimal64 ryu(std::uint64_t ieee_mantissa, std::uint32_t ieee_exponent) {
  int e2;
  std::uint64_t m2;
  if (ieee_exponent == 0) {
    e2 = 1 - kExponentBias - kMantissaBits - 2;  // 2 extra bits for the interval bounds
    m2 = ieee_mantissa;
  } else {
    e2 = static_cast<int>(ieee_exponent) - kExponentBias - kMantissaBits - 2;
    m2 = (std::uint64_t{1} << kMantissaBits) | ieee_mantissa;
  }
  const bool accept_bounds = (m2 & 1) == 0;

  const std::uint64_t mv = 4 * m2;
  // The interval is asymmetric below a power of two.
  const std::uint32_t mm_shift = ieee_mantissa != 0 || ieee_exponent <= 1;

  std::uint64_t vr, vp, vm;
  int e10;
  bool vm_trailing_zeros = false, vr_trailing_zeros = false;
  if (e2 >= 0) {
    const std::uint32_t q = log10_pow2(e2) - (e2 > 3);
    e10 = static_cast<int>(q);
    const int k = kPow5InvBits + pow5bits(static_cast<int>(q)) - 1;
    const int i = -e2 + static_cast<int>(q) + k;
    vr = mul_shift(4 * m2, kPow5Inv[q], i);
    vp = mul_shift(4 * m2 + 2, kPow5Inv[q], i);
    vm = mul_shift(4 * m2 - 1 - mm_shift, kPow5Inv[q], i);
    if (q <= 21) {
      // Only one of mp, mv, mm can be a multiple of 5, if any.
      if (mv % 5 == 0) {
        vr_trailing_zeros = multiple_of_pow5(mv, q);
      } else if (accept_bounds) {
        vm_trailing_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
      } else {
        vp -= multiple_of_pow5(mv + 2, q);
      }
    }
  } else {
    const std::uint32_t q = log10_pow5(-e2) - (-e2 > 1);
    e10 = static_cast<int>(q) + e2;
    const int i = -e2 - static_cast<int>(q);
    const int k = pow5bits(i) - kPow5Bits;
    const int j = static_cast<int>(q) - k;
    vr = mul_shift(4 * m2, kPow5[i], j);
    vp = mul_shift(4 * m2 + 2, kPow5[i], j);
    vm = mul_shift(4 * m2 - 1 - mm_shift, kPow5[i], j);
    if (q <= 1) {
      // mv = 4 * m2 always has at least two trailing zero bits.
      vr_trailing_zeros = true;
      if (accept_bounds) {
        vm_trailing_zeros = mm_shift == 1;  // mm = mv - 1 - mm_shift
      } else {
        --vp;  // mp = mv + 2 has at least one trailing zero bit
      }
    } else if (q < 63) {
      vr_trailing_zeros = multiple_of_pow2(mv, q);
    }
  }

  int removed = 0;
  std::uint8_t last_removed = 0;
  std::uint64_t output;
  if (vm_trailing_zeros || vr_trailing_zeros) {
    // General case (rare): track whether the removed digits are all zero.
    for (;;) {
      const std::uint64_t vp10 = vp / 10, vm10 = vm / 10;
      if (vp10 <= vm10) break;
      const auto vm_mod = static_cast<std::uint32_t>(vm - 10 * vm10);
      const std::uint64_t vr10 = vr / 10;
      const auto vr_mod = static_cast<std::uint32_t>(vr - 10 * vr10);
      vm_trailing_zeros &= vm_mod == 0;
      vr_trailing_zeros &= last_removed == 0;
      last_removed = static_cast<std::uint8_t>(vr_mod);
      vr = vr10;
      vp = vp10;
      vm = vm10;
      ++removed;
    }
    if (vm_trailing_zeros) {
      for (;;) {
        const std::uint64_t vm10 = vm / 10;
        const auto vm_mod = static_cast<std::uint32_t>(vm - 10 * vm10);
        if (vm_mod != 0) break;
        const std::uint64_t vp10 = vp / 10, vr10 = vr / 10;
        const auto vr_mod = static_cast<std::uint32_t>(vr - 10 * vr10);
        vr_trailing_zeros &= last_removed == 0;
        last_removed = static_cast<std::uint8_t>(vr_mod);
        vr = vr10;
        vp = vp10;
        vm = vm10;
        ++removed;
      }
    }
    if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) last_removed = 4;  // exact tie: to even
    output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
  } else {
    // Common case.
    bool round_up = false;
    const std::uint64_t vp100 = vp / 100, vm100 = vm / 100;
    if (vp100 > vm100) {
      const std::uint64_t vr100 = vr / 100;
      const auto vr_mod = static_cast<std::uint32_t>(vr - 100 * vr100);
      round_up = vr_mod >= 50;
      vr = vr100;
      vp = vp100;
      vm = vm100;
      removed += 2;
    }
    for (;;) {
      const std::uint64_t vp10 = vp / 10, vm10 = vm / 10;
      if (vp10 <= vm10) break;
      const std::uint64_t vr10 = vr / 10;
      const auto vr_mod = static_cast<std::uint32_t>(vr - 10 * vr10);
      round_up = vr_mod >= 5;
      vr = vr10;
      vp = vp10;
      vm = vm10;
      ++removed;
    }
    output = vr + (vr == vm || round_up);
  }
  return {output, e10 + removed};
}

// "d.ddde±XX" from snprintf into digits and decpt.
void parse_scientific(const char* s, DecimalDigits& out) {
  out.digits.clear();
  const char* p = s;
  if (*p == '-') p++;
  for (; *p && *p != 'e'; p++) {
    if (*p != '.') out.digits += *p;
  }
  out.decpt = std::atoi(p + 1) + 1;
}

void strip_trailing_zeros(DecimalDigits& out) {
  std::size_t n = out.digits.size();
  while (n > 1 && out.digits[n - 1] == '0') n--;
  out.digits.resize(n);
}

// snprintf into a stack buffer, or the heap when the output is long (large precisions).
class Printed {
 public:
  Printed(const char* fmt, int precision, double x) {
    int n = std::snprintf(stack_, sizeof stack_, fmt, precision, x);
    if (n >= static_cast<int>(sizeof stack_)) {
      heap_.resize(static_cast<std::size_t>(n) + 1);
      std::snprintf(heap_.data(), heap_.size(), fmt, precision, x);
    }
  }
  const char* text() const { return heap_.empty() ? stack_ : heap_.data(); }

 private:
  char stack_[400];
  std::vector<char> heap_;
};

// Exact 128-bit fast paths for modes 2 and 3: round(|x| × 10**p) half to even, computed in
// integers when it fits, so that common precisions skip snprintf (which Emscripten's musl runs
// in software 128-bit long double, ~1 µs a call).
constexpr int kMaxPow10 = 38;  // 10**38 < 2**127

u128 pow10_u128(int k) {
  u128 v = 1;
  for (int i = 0; i < k; i++) v *= 10;
  return v;
}

int bit_width_u128(u128 v) {
  const auto hi = static_cast<std::uint64_t>(v >> 64);
  return hi ? 64 + std::bit_width(hi) : std::bit_width(static_cast<std::uint64_t>(v));
}

// q = round(n / d) half to even (d > 0, n and 2d fit in 128 bits), or floor(n / d).
u128 div_round(u128 n, u128 d, bool round) {
  const u128 q = n / d, r = n - q * d;
  if (!round) return q;
  const u128 twice = 2 * r;
  return twice > d || (twice == d && (q & 1)) ? q + 1 : q;
}

// round(m × 2**e × 10**p) (or its floor), or false when an intermediate would not fit 128 bits.
bool scaled_round(std::uint64_t m, int e, int p, u128& out, bool round = true) {
  if (p >= 0) {
    if (p > 22) return false;  // m < 2**53 and 10**22 < 2**74 keep m × 10**p below 2**127
    const u128 v = static_cast<u128>(m) * pow10_u128(p);
    if (e >= 0) {
      if (bit_width_u128(v) + e > 127) return false;
      out = v << e;
      return true;
    }
    if (bit_width_u128(v) < -e) {
      out = 0;  // v < 2**(-e-1), below half the divisor
      return true;
    }
    if (-e > 126) return false;  // 2 × divisor would not fit
    out = div_round(v, static_cast<u128>(1) << -e, round);
    return true;
  }
  if (-p > kMaxPow10) return false;
  const u128 d = pow10_u128(-p);
  if (e >= 0) {
    if (std::bit_width(m) + e > 127) return false;
    out = div_round(static_cast<u128>(m) << e, d, round);
    return true;
  }
  if (bit_width_u128(d) - e > 126) {
    out = 0;  // m < 2**53 is far below half the divisor
    return true;
  }
  out = div_round(m, d << -e, round);
  return true;
}

void append_u128(std::string& out, u128 v) {
  char buf[40];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  } while (v);
  while (n) out += buf[--n];
}

// |x| = m × 2**e for finite x != 0.
void decompose(double x, std::uint64_t& m, int& e) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const auto biased = static_cast<int>((bits >> kMantissaBits) & 0x7FF);
  m = bits & ((std::uint64_t{1} << kMantissaBits) - 1);
  if (biased == 0) {
    e = 1 - kExponentBias - kMantissaBits;
  } else {
    m |= std::uint64_t{1} << kMantissaBits;
    e = biased - kExponentBias - kMantissaBits;
  }
}

bool fast_fixed(double x, int ndigits, DecimalDigits& out) {
  std::uint64_t m;
  int e;
  decompose(x, m, e);
  u128 n;
  if (!scaled_round(m, e, ndigits, n)) return false;
  out.digits.clear();
  if (n == 0) {
    out.decpt = -ndigits;
    return true;
  }
  append_u128(out.digits, n);
  out.decpt = static_cast<int>(out.digits.size()) - ndigits;
  strip_trailing_zeros(out);
  return true;
}

bool fast_significant(double x, int ndigits, DecimalDigits& out) {
  if (ndigits > kMaxPow10 - 1) return false;
  std::uint64_t m;
  int e;
  decompose(x, m, e);
  // Decimal exponent of the leading digit: an estimate, made exact with the truncated digits
  // (floor(|x| × 10**(n-1-e10)) has n digits exactly when 10**e10 <= |x| < 10**(e10+1)).
  int e10 = static_cast<int>(std::floor(std::log10(std::fabs(x))));
  const u128 low = pow10_u128(ndigits - 1), high = low * 10;
  for (int attempt = 0; attempt < 3; attempt++) {
    u128 t;
    if (!scaled_round(m, e, ndigits - 1 - e10, t, false)) return false;
    if (t >= high) {
      e10++;
    } else if (t < low) {
      e10--;
    } else {
      u128 n;
      if (!scaled_round(m, e, ndigits - 1 - e10, n)) return false;
      out.digits.clear();
      if (n == high) {  // rounding carried into a new digit: 9.996 -> 10.0
        out.digits = "1";
        out.decpt = e10 + 2;
        return true;
      }
      append_u128(out.digits, n);
      out.decpt = e10 + 1;
      strip_trailing_zeros(out);
      return true;
    }
  }
  return false;
}

}  // namespace

int shortest_digits(double x, char* buf, int& decpt) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const Decimal64 d = ryu(bits & ((std::uint64_t{1} << kMantissaBits) - 1),
                          static_cast<std::uint32_t>((bits >> kMantissaBits) & 0x7FF));
  std::uint64_t m = d.mantissa;
  int exponent = d.exponent;
  while (m % 10 == 0) {
    m /= 10;
    exponent++;
  }
  char tmp[20];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m);
  for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  decpt = n + exponent;
  return n;
}

void shortest_digits(double x, DecimalDigits& out) {
  out.negative = std::signbit(x);
  if (x == 0) {
    out.digits = "0";
    out.decpt = 1;
    return;
  }
  char buf[20];
  int n = shortest_digits(x, buf, out.decpt);
  out.digits.assign(buf, static_cast<std::size_t>(n));
}

void significant_digits(double x, int ndigits, DecimalDigits& out) {
  out.negative = std::signbit(x);
  if (x == 0) {
    out.digits = "0";
    out.decpt = 1;
    return;
  }
  if (fast_significant(x, ndigits, out)) return;
  const Printed printed("%.*e", ndigits - 1, x);
  parse_scientific(printed.text(), out);
  strip_trailing_zeros(out);
  if (out.digits == "0") out.decpt = 1;
}

void fixed_digits(double x, int ndigits, DecimalDigits& out) {
  out.negative = std::signbit(x);
  if (x == 0) {
    out.digits = "0";
    out.decpt = 1;
    return;
  }
  if (fast_fixed(x, ndigits, out)) return;
  const Printed printed("%.*f", ndigits, x);
  const char* s = printed.text();
  if (*s == '-') s++;
  out.digits.clear();
  int int_digits = 0;
  bool seen_point = false;
  for (const char* p = s; *p; p++) {
    if (*p == '.') {
      seen_point = true;
      continue;
    }
    if (!seen_point) int_digits++;
    out.digits += *p;
  }
  std::size_t lead = 0;
  while (lead < out.digits.size() && out.digits[lead] == '0') lead++;
  if (lead == out.digits.size()) {
    out.digits.clear();
    out.decpt = -ndigits;
    return;
  }
  out.digits.erase(0, lead);
  out.decpt = int_digits - static_cast<int>(lead);
  strip_trailing_zeros(out);
}

}  // namespace py
