// BigInt <-> digit strings: decimal (with CPython's int_max_str_digits limit), any base 2..36
// from text, power-of-two bases to text.
#include <algorithm>
#include <bit>
#include <cmath>
#include <map>

#include "python/bigint_limbs.hpp"

namespace py {

using limbs::Limb;
using limbs::Mag;
using limbs::Wide;

std::string int_to_str_limit_message(std::size_t limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

std::string str_to_int_limit_message(std::size_t limit, std::size_t digits) {
  return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
         std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

namespace {

// CPython checks int_max_str_digits only past this many digits (its smallest settable limit).
constexpr std::size_t kStrDigitsThreshold = 640;

constexpr Limb kBillion = 1000000000;  // 10**9, the largest power of ten below 2**32

// From this size on, to_decimal splits the value by powers of ten (measured crossover).
constexpr std::size_t kDivideAndConquerLimbs = 1000;

void append_uint64(std::string& out, std::uint64_t v) {
  char buf[20];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) out += buf[--n];
}

// The magnitude in base 10**9, least significant chunk first: Horner's rule over the limbs,
// O(n**2) like CPython 3.11's (whose int/str limit keeps n small by default).
std::vector<Limb> to_billions(const Mag& m) {
  std::vector<Limb> out;
  out.reserve(m.size() * 32 / 29 + 2);
  for (std::size_t i = m.size(); i-- > 0;) {
    Wide carry = m[i];
    for (Limb& chunk : out) {
      Wide z = (Wide{chunk} << 32) + carry;  // < 10**9 * 2**32 + 2**33
      chunk = static_cast<Limb>(z % kBillion);
      carry = z / kBillion;
    }
    while (carry) {
      out.push_back(static_cast<Limb>(carry % kBillion));
      carry /= kBillion;
    }
  }
  return out;
}

// Appends the decimal digits of m, left-padded with zeros to `width` digits (0: no padding).
void append_decimal(const Mag& m, std::size_t width, std::string& out) {
  if (m.empty()) {
    out.append(width ? width : 1, '0');
    return;
  }
  std::vector<Limb> chunks = to_billions(m);
  std::string top;
  append_uint64(top, chunks.back());
  const std::size_t digits = (chunks.size() - 1) * 9 + top.size();
  if (width > digits) out.append(width - digits, '0');
  out += top;
  for (std::size_t i = chunks.size() - 1; i-- > 0;) {
    char buf[9];
    Limb c = chunks[i];
    for (int j = 8; j >= 0; j--) {
      buf[j] = static_cast<char>('0' + c % 10);
      c /= 10;
    }
    out.append(buf, 9);
  }
}

// Divide and conquer: m = hi * 10**(9 * 2**level) + lo, where lo takes exactly 9 * 2**level
// digits. With the recursive division this is O(M(n) log n) instead of O(n**2).
void append_decimal_recursive(const Mag& m, int level, const std::vector<Mag>& powers, std::size_t width,
                              std::string& out) {
  if (level < 0 || m.size() < kDivideAndConquerLimbs / 2) {
    append_decimal(m, width, out);
    return;
  }
  const std::size_t low_width = std::size_t{9} << level;
  if (limbs::cmp(m, powers[static_cast<std::size_t>(level)]) < 0) {
    append_decimal_recursive(m, level - 1, powers, width, out);
    return;
  }
  Mag hi, lo;
  limbs::divrem(m, powers[static_cast<std::size_t>(level)], &hi, &lo);
  append_decimal_recursive(hi, level - 1, powers, width > low_width ? width - low_width : 0, out);
  append_decimal_recursive(lo, level - 1, powers, low_width, out);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Parses digits in a non-power-of-two base with Horner's rule over chunks of k digits
// (base**k < 2**32).
Mag parse_quadratic(std::string_view s, int base, Limb chunk_pow, int k) {
  Mag r;
  r.reserve(s.size() / 9 + 2);
  std::size_t first = s.size() % static_cast<std::size_t>(k);
  if (first == 0) first = static_cast<std::size_t>(k);
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t len = pos == 0 ? first : static_cast<std::size_t>(k);
    Limb chunk = 0;
    for (std::size_t i = 0; i < len; i++) {
      chunk = chunk * static_cast<Limb>(base) + static_cast<Limb>(digit_value(s[pos + i]));
    }
    pos += len;
    // r is empty for the (possibly short) first chunk, so its multiplier does not matter.
    Limb carry = limbs::mul_1(r.data(), r.data(), r.size(), chunk_pow, chunk);
    if (carry) r.push_back(carry);
  }
  limbs::trim(r);
  return r;
}

// Divide and conquer for long inputs: value(hi ++ lo) = value(hi) * base**len(lo) + value(lo),
// which with Karatsuba is O(n**1.585) instead of O(n**2).
class DigitParser {
 public:
  DigitParser(int base) : base_(base) {
    Wide p = 1;
    while (p * static_cast<Wide>(base) < (Wide{1} << 32)) {
      p *= static_cast<Wide>(base);
      k_++;
    }
    chunk_pow_ = static_cast<Limb>(p);
  }

  Mag parse(std::string_view s) {
    if (s.size() <= kQuadraticDigits) return parse_quadratic(s, base_, chunk_pow_, k_);
    const std::size_t lo_len = s.size() / 2;
    Mag hi = parse(s.substr(0, s.size() - lo_len));
    Mag lo = parse(s.substr(s.size() - lo_len));
    Mag r = limbs::mul(hi, power(lo_len));
    if (r.size() < lo.size()) r.resize(lo.size(), 0);
    r.push_back(0);
    limbs::add_into(r.data(), r.size(), lo.data(), lo.size());
    limbs::trim(r);
    return r;
  }

 private:
  static constexpr std::size_t kQuadraticDigits = 3000;

  const Mag& power(std::size_t n) {
    auto it = powers_.find(n);
    if (it != powers_.end()) return it->second;
    Mag p;
    if (n == 1) {
      p = Mag{static_cast<Limb>(base_)};
    } else {
      const Mag& half = power(n / 2);
      p = limbs::mul(half, half);
      if (n % 2) p = limbs::mul(p, Mag{static_cast<Limb>(base_)});
    }
    return powers_.emplace(n, std::move(p)).first->second;
  }

  int base_;
  int k_ = 0;
  Limb chunk_pow_ = 1;
  std::map<std::size_t, Mag> powers_;
};

Mag parse_pow2(std::string_view s, int bits_per_digit) {
  Mag r((s.size() * static_cast<std::size_t>(bits_per_digit) + 31) / 32 + 1, 0);
  std::uint64_t bitpos = 0;
  for (std::size_t i = s.size(); i-- > 0;) {
    const Wide d = static_cast<Wide>(digit_value(s[i]));
    const std::size_t limb = static_cast<std::size_t>(bitpos / 32);
    const unsigned off = static_cast<unsigned>(bitpos % 32);
    const Wide shifted = d << off;
    r[limb] |= static_cast<Limb>(shifted);
    if (shifted >> 32) r[limb + 1] |= static_cast<Limb>(shifted >> 32);
    bitpos += static_cast<std::uint64_t>(bits_per_digit);
  }
  limbs::trim(r);
  return r;
}

}  // namespace

NumResult<std::string> BigInt::to_decimal(std::size_t max_str_digits) const {
  std::string out;
  if (mag_.size() <= 2) {
    if (neg_) out += '-';
    append_uint64(out, to_uint64());
    return out;
  }
  if (max_str_digits) {
    // A lower bound of the digit count rejects huge values before converting.
    const double lower = std::floor(static_cast<double>(bit_length() - 1) * 0.30102999566) + 1;
    if (lower > static_cast<double>(std::max<std::size_t>(max_str_digits, kStrDigitsThreshold))) {
      return NumError(NumErrc::IntStrDigitsLimit, int_to_str_limit_message(max_str_digits));
    }
  }
  if (neg_) out += '-';
  if (mag_.size() < kDivideAndConquerLimbs) {
    append_decimal(mag_, 0, out);
  } else {
    // Powers 10**(9 * 2**k) up to about the square root of the value.
    std::vector<Mag> powers{Mag{kBillion}};
    while (2 * powers.back().size() <= mag_.size()) powers.push_back(limbs::mul(powers.back(), powers.back()));
    append_decimal_recursive(mag_, static_cast<int>(powers.size()) - 1, powers, 0, out);
  }
  const std::size_t digits = out.size() - (neg_ ? 1 : 0);
  if (max_str_digits && digits > kStrDigitsThreshold && digits > max_str_digits) {
    return NumError(NumErrc::IntStrDigitsLimit, int_to_str_limit_message(max_str_digits));
  }
  return out;
}

std::string BigInt::to_base_pow2(int base, bool prefix) const {
  const int bits = std::countr_zero(static_cast<unsigned>(base));
  std::string out;
  if (neg_) out += '-';
  if (prefix) out += base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  if (mag_.empty()) {
    out += '0';
    return out;
  }
  const std::uint64_t total = bit_length();
  const std::uint64_t ndigits = (total + static_cast<std::uint64_t>(bits) - 1) / static_cast<std::uint64_t>(bits);
  const std::size_t start = out.size();
  out.resize(start + static_cast<std::size_t>(ndigits));
  static const char kDigits[] = "0123456789abcdef";
  for (std::uint64_t i = 0; i < ndigits; i++) {
    const std::uint64_t bitpos = i * static_cast<std::uint64_t>(bits);
    const std::size_t limb = static_cast<std::size_t>(bitpos / 32);
    const unsigned off = static_cast<unsigned>(bitpos % 32);
    Wide v = mag_[limb] >> off;
    if (off + static_cast<unsigned>(bits) > 32 && limb + 1 < mag_.size()) v |= Wide{mag_[limb + 1]} << (32 - off);
    out[start + static_cast<std::size_t>(ndigits - 1 - i)] = kDigits[v & static_cast<Wide>(base - 1)];
  }
  return out;
}

NumResult<BigInt> BigInt::from_digits(std::string_view digits, int base, bool negative, std::size_t max_limbs) {
  std::size_t lead = 0;
  while (lead + 1 < digits.size() && digits[lead] == '0') lead++;
  digits.remove_prefix(lead);
  // Upper bound of the bits the digits can make.
  const double bits = static_cast<double>(digits.size()) * std::log2(static_cast<double>(base));
  if (bits / 32 > static_cast<double>(max_limbs)) return NumErrc::Memory;
  Mag m;
  if (std::has_single_bit(static_cast<unsigned>(base))) {
    m = parse_pow2(digits, std::countr_zero(static_cast<unsigned>(base)));
  } else {
    m = DigitParser(base).parse(digits);
  }
  return BigIntAccess::make(std::move(m), negative);
}

}  // namespace py
