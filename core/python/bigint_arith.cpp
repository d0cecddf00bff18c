// Multiplication, floor division and modulo, pow() with and without a modulus.
#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

#include "python/bigint_limbs.hpp"

namespace py {

using limbs::Limb;
using limbs::Mag;

namespace {

const Mag& mag(const BigInt& x) { return BigIntAccess::mag(x); }

// Floor division of signed values: the quotient rounds toward -inf and the remainder takes the
// divisor's sign. b must be non-zero.
void floor_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  limbs::divrem(mag(a), mag(b), q ? &qm : nullptr, &rm);
  const bool signs_differ = a.is_negative() != b.is_negative();
  if (signs_differ && !rm.empty()) {
    if (q) {
      qm.push_back(0);
      limbs::add_into(qm.data(), qm.size(), std::array<Limb, 1>{1}.data(), 1);
    }
    Mag adjusted(mag(b).size());
    limbs::sub(adjusted.data(), mag(b).data(), mag(b).size(), rm.data(), rm.size());
    rm = std::move(adjusted);
  }
  if (q) *q = BigIntAccess::make(std::move(qm), signs_differ);
  if (r) *r = BigIntAccess::make(std::move(rm), b.is_negative());
}

// x mod m for m > 0, in [0, m).
BigInt mod_positive(const BigInt& x, const BigInt& m) {
  BigInt r;
  floor_divmod(x, m, nullptr, &r);
  return r;
}

BigInt mul_unguarded(const BigInt& a, const BigInt& b) {
  return BigIntAccess::make(limbs::mul(mag(a), mag(b)), a.is_negative() != b.is_negative());
}

// The inverse of a modulo n (n > 1), or nothing when gcd(a, n) != 1.
bool mod_inverse(const BigInt& a, const BigInt& n, BigInt& out) {
  BigInt old_r = mod_positive(a, n), r = n;
  BigInt old_s(1), s(0);
  while (!r.is_zero()) {
    BigInt q, rem;
    floor_divmod(old_r, r, &q, &rem);
    old_r = std::move(r);
    r = std::move(rem);
    BigInt next_s = old_s - mul_unguarded(q, s);
    old_s = std::move(s);
    s = std::move(next_s);
  }
  if (old_r != BigInt(1)) return false;
  out = mod_positive(old_s, n);
  return true;
}

bool bit_at(const BigInt& x, std::uint64_t i) {
  const Mag& m = mag(x);
  return (m[static_cast<std::size_t>(i / 32)] >> (i % 32)) & 1;
}

}  // namespace

NumResult<BigInt> BigInt::mul(const BigInt& a, const BigInt& b, std::size_t max_limbs) {
  if (a.is_zero() || b.is_zero()) return BigInt();
  // The product has at least an + bn - 1 limbs.
  if (a.limb_count() + b.limb_count() - 1 > max_limbs) return NumErrc::Memory;
  BigInt r = mul_unguarded(a, b);
  if (r.limb_count() > max_limbs) return NumErrc::Memory;
  return r;
}

NumResult<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumErrc::IntFloorDivByZero;
  BigInt q;
  floor_divmod(a, b, &q, nullptr);
  return q;
}

NumResult<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumErrc::IntModByZero;
  BigInt r;
  floor_divmod(a, b, nullptr, &r);
  return r;
}

NumResult<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumErrc::IntFloorDivByZero;
  std::pair<BigInt, BigInt> qr;
  floor_divmod(a, b, &qr.first, &qr.second);
  return qr;
}

NumResult<BigInt> BigInt::pow(const BigInt& base, const BigInt& exp, std::size_t max_limbs) {
  assert(!exp.is_negative());
  if (exp.is_zero()) return BigInt(1);
  if (base.is_zero()) return BigInt();
  const bool odd = exp.is_odd();
  const bool neg = base.is_negative() && odd;
  const std::uint64_t bits = base.bit_length();
  if (bits == 1) return BigInt(neg ? -1 : 1);
  if (!exp.fits_uint64()) return NumErrc::Memory;
  const std::uint64_t e = exp.to_uint64();
  // |base| >= 2**(bits-1), so the result has at least (bits-1)*e + 1 bits.
  const std::uint64_t max_bits = std::uint64_t{max_limbs} * limbs::kBits;
  if (e > (max_bits - 1) / (bits - 1)) return NumErrc::Memory;

  const Mag& bm = mag(base);
  if (std::has_single_bit(bm.back()) && limbs::trimmed_size(bm.data(), bm.size() - 1) == 0) {
    // A power of two: a single shift.
    return BigIntAccess::make(limbs::shl(Mag{1}, (bits - 1) * e), neg);
  }
  // Left-to-right square and multiply: the multiplications are by the (small) base. Two
  // buffers alternate so that no step allocates once they have grown.
  Mag r = bm, t;
  r.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(bits * e / 32 + 2, max_limbs + 2)));
  t.reserve(r.capacity());
  for (int i = 62 - std::countl_zero(e); i >= 0; i--) {
    if (2 * r.size() - 1 > max_limbs) return NumErrc::Memory;
    t.resize(2 * r.size());
    limbs::mul(t.data(), r.data(), r.size(), r.data(), r.size());
    limbs::trim(t);
    std::swap(r, t);
    if ((e >> i) & 1) {
      if (bm.size() == 1) {
        const Limb carry = limbs::mul_1(r.data(), r.data(), r.size(), bm[0]);
        if (carry) r.push_back(carry);
      } else {
        t.resize(r.size() + bm.size());
        limbs::mul(t.data(), r.data(), r.size(), bm.data(), bm.size());
        limbs::trim(t);
        std::swap(r, t);
      }
    }
    if (r.size() > max_limbs) return NumErrc::Memory;
  }
  return BigIntAccess::make(std::move(r), neg);
}

NumResult<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m) {
  if (m.is_zero()) return NumErrc::PowModulusZero;
  const BigInt modulus = m.abs();
  // Checked before invertibility, as CPython does: pow(0, -1, 1) == 0.
  if (modulus == BigInt(1)) return BigInt();
  BigInt b = mod_positive(base, modulus);
  if (exp.is_negative()) {
    BigInt inv;
    if (!mod_inverse(b, modulus, inv)) return NumErrc::PowNotInvertible;
    b = std::move(inv);
  }
  BigInt r(1);
  const std::uint64_t ebits = exp.bit_length();
  for (std::uint64_t i = ebits; i-- > 0;) {
    r = mod_positive(mul_unguarded(r, r), modulus);
    if (bit_at(exp, i)) r = mod_positive(mul_unguarded(r, b), modulus);
  }
  if (m.is_negative() && !r.is_zero()) r = r - modulus;
  return r;
}

}  // namespace py
