// Internal to the bigint_*.cpp files: arithmetic on raw magnitudes (arrays of 32-bit limbs,
// least significant first), and access to BigInt's representation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "python/bigint.hpp"

namespace py {

struct BigIntAccess {
  static std::vector<BigInt::Limb>& mag(BigInt& x) { return x.mag_; }
  static const std::vector<BigInt::Limb>& mag(const BigInt& x) { return x.mag_; }
  static void set_negative(BigInt& x, bool neg) { x.neg_ = neg; }
  static void trim(BigInt& x) { x.trim(); }
  static BigInt make(std::vector<BigInt::Limb> mag, bool neg) {
    BigInt r;
    r.mag_ = std::move(mag);
    r.neg_ = neg;
    r.trim();
    return r;
  }
};

namespace limbs {

using Limb = std::uint32_t;
using Wide = std::uint64_t;
using Mag = std::vector<Limb>;

inline constexpr int kBits = 32;

inline std::size_t trimmed_size(const Limb* a, std::size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

inline void trim(Mag& a) { a.resize(trimmed_size(a.data(), a.size())); }

// Compares magnitudes without high zero limbs.
inline int cmp(const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (std::size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

inline int cmp(const Mag& a, const Mag& b) { return cmp(a.data(), a.size(), b.data(), b.size()); }

// r[0..an) = a + b (an >= bn); returns the carry out. r may alias a or b.
inline Limb add(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  Wide carry = 0;
  std::size_t i = 0;
  for (; i < bn; i++) {
    carry += Wide{a[i]} + b[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  for (; i < an; i++) {
    carry += a[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

// r[0..an) = a - b (an >= bn); returns the borrow out (1 if a < b). r may alias a or b.
inline Limb sub(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  Limb borrow = 0;
  std::size_t i = 0;
  for (; i < bn; i++) {
    Wide d = Wide{a[i]} - b[i] - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = static_cast<Limb>(d >> 63);
  }
  for (; i < an; i++) {
    Wide d = Wide{a[i]} - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = static_cast<Limb>(d >> 63);
  }
  return borrow;
}

// r[0..n) += a[0..n) * m; returns the carry limb.
inline Limb addmul_1(Limb* r, const Limb* a, std::size_t n, Limb m) {
  Wide carry = 0;
  for (std::size_t i = 0; i < n; i++) {
    carry += Wide{a[i]} * m + r[i];  // < 2**64: (2**32-1)**2 + 2 * (2**32-1)
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

// r[0..n) = a[0..n) * m + carry_in; returns the carry limb. r may alias a.
inline Limb mul_1(Limb* r, const Limb* a, std::size_t n, Limb m, Limb carry_in = 0) {
  Wide carry = carry_in;
  for (std::size_t i = 0; i < n; i++) {
    carry += Wide{a[i]} * m;
    r[i] = static_cast<Limb>(carry);
    carry >>= kBits;
  }
  return static_cast<Limb>(carry);
}

// q[0..n) = a[0..n) / d, returns a % d. q may alias a.
inline Limb divrem_1(Limb* q, const Limb* a, std::size_t n, Limb d) {
  Wide rem = 0;
  for (std::size_t i = n; i-- > 0;) {
    Wide cur = (rem << kBits) | a[i];
    q[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  return static_cast<Limb>(rem);
}

// Adds b[0..bn) into r at r[0..), propagating the carry up to r[rn); the caller guarantees room.
inline void add_into(Limb* r, std::size_t rn, const Limb* b, std::size_t bn) {
  Limb carry = add(r, r, bn, b, bn);
  for (std::size_t i = bn; carry && i < rn; i++) {
    r[i] += 1;
    carry = r[i] == 0;
  }
}

// Subtracts b[0..bn) from r[0..rn) (rn >= bn, r >= b).
inline void sub_from(Limb* r, std::size_t rn, const Limb* b, std::size_t bn) {
  Limb borrow = sub(r, r, bn, b, bn);
  for (std::size_t i = bn; borrow && i < rn; i++) {
    borrow = r[i] == 0;
    r[i] -= 1;
  }
}

// r[0..an+bn) = a * b. r must not overlap a or b. Schoolbook below a threshold, Karatsuba above.
void mul(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn);
Mag mul(const Mag& a, const Mag& b);

// Magnitude division: q = a / b, r = a % b (b non-empty, trimmed). Either output may be null.
// Knuth's algorithm D, or the recursive division when both operands are long.
void divrem(const Mag& a, const Mag& b, Mag* q, Mag* r);
void divrem_knuth(const Mag& a, const Mag& b, Mag* q, Mag* r);
bool wants_recursive_division(const Mag& a, const Mag& b);
void divrem_recursive(const Mag& a, const Mag& b, Mag* q, Mag* r);

// a << n and a >> n on magnitudes.
Mag shl(const Mag& a, std::uint64_t n);
Mag shr(const Mag& a, std::uint64_t n);

// Bits in the magnitude.
std::uint64_t bit_length(const Mag& a);

}  // namespace limbs
}  // namespace py
