// Recursive division for long operands (Burnikel and Ziegler, "Fast Recursive Division", 1998,
// in the formulation of CPython 3.12's Lib/_pylong.py): a 2n-bit by n-bit division becomes two
// 3n/2-by-n steps, each one n/2-bit division plus one n/2-by-n/2 multiplication, so division
// costs O(M(n) log n) with Karatsuba's M(n) instead of Knuth's O(n**2).
#include <algorithm>

#include "python/bigint_limbs.hpp"

namespace py::limbs {

namespace {

// Below this many quotient bits, Knuth's algorithm D is faster.
constexpr std::uint64_t kRecursionBits = 4000;

// Bits [start, start + count) of a magnitude, as a magnitude.
Mag bit_slice(const Mag& a, std::uint64_t start, std::uint64_t count) {
  if (start >= std::uint64_t{a.size()} * kBits) return {};
  const std::size_t first = static_cast<std::size_t>(start / kBits);
  const std::size_t last = std::min(a.size(), static_cast<std::size_t>((start + count + kBits - 1) / kBits) + 1);
  Mag part(a.begin() + static_cast<std::ptrdiff_t>(first), a.begin() + static_cast<std::ptrdiff_t>(last));
  Mag r = shr(part, start % kBits);
  const std::size_t keep = static_cast<std::size_t>((count + kBits - 1) / kBits);
  if (r.size() > keep) r.resize(keep);
  if (count % kBits && r.size() == keep) r[keep - 1] &= (Limb{1} << (count % kBits)) - 1;
  trim(r);
  return r;
}

Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& big = a.size() >= b.size() ? a : b;
  const Mag& small = a.size() >= b.size() ? b : a;
  Mag r(big.size() + 1);
  r[big.size()] = add(r.data(), big.data(), big.size(), small.data(), small.size());
  trim(r);
  return r;
}

// a - b for a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  sub(r.data(), a.data(), a.size(), b.data(), b.size());
  trim(r);
  return r;
}

// hi * 2**n + lo for lo < 2**n.
Mag join(const Mag& hi, const Mag& lo, std::uint64_t n) { return add_mag(shl(hi, n), lo); }

void div2n1n(const Mag& a, const Mag& b, std::uint64_t n, Mag& q, Mag& r);

// Divides a12 * 2**n + a3 by b = b1 * 2**n + b2 (b has 2n bits, the quotient fits n bits).
void div3n2n(const Mag& a12, const Mag& a3, const Mag& b, const Mag& b1, const Mag& b2, std::uint64_t n, Mag& q,
             Mag& r) {
  Mag r1;
  if (cmp(shr(a12, n), b1) == 0) {
    // The quotient estimate would overflow n bits: take 2**n - 1.
    q = sub_mag(shl(Mag{1}, n), Mag{1});
    r1 = add_mag(sub_mag(a12, shl(b1, n)), b1);
  } else {
    div2n1n(a12, b1, n, q, r1);
  }
  // r = r1 * 2**n + a3 - q * b2, corrected upward by adding b while negative (at most twice).
  Mag plus = join(r1, a3, n);
  Mag minus = mul(q, b2);
  while (cmp(plus, minus) < 0) {
    q = sub_mag(q, Mag{1});
    plus = add_mag(plus, b);
  }
  r = sub_mag(plus, minus);
}

// Divides a < 2**n * b by b of exactly n bits.
void div2n1n(const Mag& a, const Mag& b, std::uint64_t n, Mag& q, Mag& r) {
  if (bit_length(a) <= n + kRecursionBits || n < 2 * kBits) {
    divrem_knuth(a, b, &q, &r);
    return;
  }
  if (n & 1) {
    // Work on an even bit count; the remainder is shifted back.
    Mag q2, r2;
    div2n1n(shl(a, 1), shl(b, 1), n + 1, q2, r2);
    q = std::move(q2);
    r = shr(r2, 1);
    return;
  }
  const std::uint64_t half = n / 2;
  const Mag b1 = shr(b, half), b2 = bit_slice(b, 0, half);
  Mag q1, r1, q2;
  div3n2n(shr(a, n), bit_slice(a, half, half), b, b1, b2, half, q1, r1);
  div3n2n(r1, bit_slice(a, 0, half), b, b1, b2, half, q2, r);
  q = join(q1, q2, half);
}

}  // namespace

bool wants_recursive_division(const Mag& a, const Mag& b) {
  return b.size() * kBits >= 2 * kRecursionBits && (a.size() - b.size()) * kBits >= kRecursionBits;
}

// Schoolbook long division in base 2**n (n = bits of b), each digit step a div2n1n.
void divrem_recursive(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  const std::uint64_t n = bit_length(b);
  const std::uint64_t abits = bit_length(a);
  const std::uint64_t digits = (abits + n - 1) / n;
  Mag rem;
  std::vector<Mag> qdigits(static_cast<std::size_t>(digits));
  for (std::uint64_t i = digits; i-- > 0;) {
    Mag qd;
    div2n1n(join(rem, bit_slice(a, i * n, n), n), b, n, qd, rem);
    qdigits[static_cast<std::size_t>(i)] = std::move(qd);
  }
  if (q) {
    // Quotient digits have at most n bits each: place them side by side.
    Mag quot(static_cast<std::size_t>((digits * n + kBits - 1) / kBits) + 1, 0);
    for (std::uint64_t i = 0; i < digits; i++) {
      const Mag& d = qdigits[static_cast<std::size_t>(i)];
      const std::uint64_t pos = i * n;
      const std::size_t limb = static_cast<std::size_t>(pos / kBits);
      const unsigned off = static_cast<unsigned>(pos % kBits);
      for (std::size_t j = 0; j < d.size(); j++) {
        const Wide v = Wide{d[j]} << off;
        quot[limb + j] |= static_cast<Limb>(v);
        if (v >> kBits) quot[limb + j + 1] |= static_cast<Limb>(v >> kBits);
      }
    }
    trim(quot);
    *q = std::move(quot);
  }
  if (r) *r = std::move(rem);
}

}  // namespace py::limbs
