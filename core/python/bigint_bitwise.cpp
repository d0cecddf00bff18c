// Bitwise operators and shifts with Python's semantics: a negative int behaves as an infinite
// two's complement (-1 is all ones), and >> floors.
#include <algorithm>
#include <array>

#include "python/bigint_limbs.hpp"

namespace py {

using limbs::Limb;
using limbs::Mag;

namespace {

// n limbs of x's two's complement (n > |x|'s size, so the top limb carries the sign).
Mag twos_complement(const BigInt& x, std::size_t n) {
  const Mag& m = BigIntAccess::mag(x);
  Mag r(n, 0);
  std::copy(m.begin(), m.end(), r.begin());
  if (x.is_negative()) {
    // -|x| == ~(|x| - 1)
    limbs::sub_from(r.data(), n, std::array<Limb, 1>{1}.data(), 1);
    for (Limb& l : r) l = ~l;
  }
  return r;
}

BigInt from_twos_complement(Mag r) {
  bool neg = !r.empty() && (r.back() >> 31);
  if (neg) {
    for (Limb& l : r) l = ~l;
    limbs::add_into(r.data(), r.size(), std::array<Limb, 1>{1}.data(), 1);
  }
  return BigIntAccess::make(std::move(r), neg);
}

template <class Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  const std::size_t n = std::max(a.limb_count(), b.limb_count()) + 1;
  Mag x = twos_complement(a, n);
  Mag y = twos_complement(b, n);
  for (std::size_t i = 0; i < n; i++) x[i] = op(x[i], y[i]);
  return from_twos_complement(std::move(x));
}

}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const { return -(*this) - BigInt(1); }

BigInt BigInt::shr(std::uint64_t n) const {
  if (!neg_) return BigIntAccess::make(limbs::shr(mag_, n), false);
  // floor(-m / 2**n) == -((m - 1) >> n) - 1
  Mag m1 = mag_;
  limbs::sub_from(m1.data(), m1.size(), std::array<Limb, 1>{1}.data(), 1);
  limbs::trim(m1);
  Mag q = limbs::shr(m1, n);
  q.push_back(0);
  limbs::add_into(q.data(), q.size(), std::array<Limb, 1>{1}.data(), 1);
  return BigIntAccess::make(std::move(q), true);
}

NumResult<BigInt> BigInt::shl(std::uint64_t n, std::size_t max_limbs) const {
  if (mag_.empty()) return BigInt();
  const std::uint64_t bits = bit_length();
  if (n > std::uint64_t{max_limbs} * limbs::kBits || bits + n > std::uint64_t{max_limbs} * limbs::kBits) {
    return NumErrc::Memory;
  }
  return BigIntAccess::make(limbs::shl(mag_, n), neg_);
}

NumResult<BigInt> BigInt::lshift(const BigInt& x, const BigInt& n, std::size_t max_limbs) {
  if (n.is_negative()) return NumErrc::NegativeShiftCount;
  if (x.is_zero()) return BigInt();
  if (!n.fits_uint64()) return NumErrc::Memory;
  return x.shl(n.to_uint64(), max_limbs);
}

NumResult<BigInt> BigInt::rshift(const BigInt& x, const BigInt& n) {
  if (n.is_negative()) return NumErrc::NegativeShiftCount;
  if (!n.fits_uint64()) return x.is_negative() ? BigInt(-1) : BigInt();
  return x.shr(n.to_uint64());
}

}  // namespace py
