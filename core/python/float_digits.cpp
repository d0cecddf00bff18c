#include "python/float_digits.hpp"

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
