// BigInt: construction, int64 conversion, comparison, addition, subtraction, hash.
#include "python/bigint.hpp"

#include <algorithm>

#include "python/bigint_limbs.hpp"

namespace py {

using limbs::Limb;
using limbs::Mag;

namespace {

std::uint64_t low64(const Mag& m) {
  std::uint64_t v = m.empty() ? 0 : m[0];
  if (m.size() > 1) v |= std::uint64_t{m[1]} << 32;
  return v;
}

// |a| + |b| and ||a| - |b|| with the sign that makes a ± b.
BigInt add_magnitudes(const Mag& a, const Mag& b, bool neg) {
  const Mag& big = a.size() >= b.size() ? a : b;
  const Mag& small = a.size() >= b.size() ? b : a;
  Mag r(big.size() + 1);
  r[big.size()] = limbs::add(r.data(), big.data(), big.size(), small.data(), small.size());
  return BigIntAccess::make(std::move(r), neg);
}

// a - b for magnitudes, negated when `neg` (the sign a - b would have if |a| >= |b|).
BigInt sub_magnitudes(const Mag& a, const Mag& b, bool neg) {
  int c = limbs::cmp(a, b);
  if (c == 0) return BigInt();
  const Mag& big = c > 0 ? a : b;
  const Mag& small = c > 0 ? b : a;
  Mag r(big.size());
  limbs::sub(r.data(), big.data(), big.size(), small.data(), small.size());
  return BigIntAccess::make(std::move(r), c > 0 ? neg : !neg);
}

}  // namespace

BigInt::BigInt(std::int64_t v) {
  neg_ = v < 0;
  // Negate in unsigned arithmetic: -INT64_MIN does not exist as an int64.
  std::uint64_t m = neg_ ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  while (m) {
    mag_.push_back(static_cast<Limb>(m));
    m >>= 32;
  }
}

BigInt BigInt::from_uint64(std::uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<Limb>(v));
    v >>= 32;
  }
  return r;
}

namespace {

using i128 = __int128;  // g++ and clang, wasm32 included

BigInt from_int128(i128 v) {
  const bool neg = v < 0;
  auto m = static_cast<unsigned __int128>(neg ? -v : v);  // |v| < 2**127 for the callers' ranges
  Mag mag;
  mag.reserve(4);
  while (m) {
    mag.push_back(static_cast<Limb>(m));
    m >>= 32;
  }
  return BigIntAccess::make(std::move(mag), neg);
}

}  // namespace

BigInt BigInt::add_int64(std::int64_t a, std::int64_t b) { return from_int128(i128{a} + b); }
BigInt BigInt::sub_int64(std::int64_t a, std::int64_t b) { return from_int128(i128{a} - b); }
BigInt BigInt::mul_int64(std::int64_t a, std::int64_t b) { return from_int128(i128{a} * b); }

BigInt BigInt::from_limbs(std::span<const Limb> magnitude, bool negative) {
  return BigIntAccess::make(Mag(magnitude.begin(), magnitude.end()), negative);
}

void BigInt::trim() {
  limbs::trim(mag_);
  if (mag_.empty()) neg_ = false;
}

bool BigInt::fits_int64() const {
  if (mag_.size() > 2) return false;
  std::uint64_t m = low64(mag_);
  return neg_ ? m <= (std::uint64_t{1} << 63) : m < (std::uint64_t{1} << 63);
}

std::int64_t BigInt::to_int64() const {
  std::uint64_t m = low64(mag_);
  return static_cast<std::int64_t>(neg_ ? 0 - m : m);
}

std::uint64_t BigInt::to_uint64() const { return low64(mag_); }

std::uint64_t BigInt::bit_length() const { return limbs::bit_length(mag_); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return add_magnitudes(a.mag_, b.mag_, a.neg_);
  return sub_magnitudes(a.mag_, b.mag_, a.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return add_magnitudes(a.mag_, b.mag_, a.neg_);
  return sub_magnitudes(a.mag_, b.mag_, a.neg_);
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = limbs::cmp(a.mag_, b.mag_);
  if (a.neg_) c = -c;
  return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

namespace {

constexpr std::uint64_t kHashBits = 61;
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << kHashBits) - 1;

std::int64_t finish_hash(std::uint64_t x, bool negative) {
  std::int64_t h = static_cast<std::int64_t>(x);
  if (negative) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace

std::int64_t BigInt::hash() const {
  // Horner's rule modulo 2**61 - 1, where multiplying by 2**32 is a 61-bit rotation.
  std::uint64_t x = 0;
  for (std::size_t i = mag_.size(); i-- > 0;) {
    x = ((x << 32) & kHashModulus) | (x >> (kHashBits - 32));
    x += mag_[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  return finish_hash(x, neg_);
}

std::int64_t hash_int64(std::int64_t v) {
  bool neg = v < 0;
  std::uint64_t m = neg ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  return finish_hash(m % kHashModulus, neg);
}

}  // namespace py
