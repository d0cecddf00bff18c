// Magnitude multiplication: schoolbook for small operands, Karatsuba (O(n**1.585)) above a
// threshold, with dedicated squaring (pow() squares at every step and a square needs about
// half the limb products).
#include <algorithm>
#include <cstring>

#include "python/bigint_limbs.hpp"

namespace py::limbs {

namespace {

// Below these sizes (in limbs) schoolbook wins; picked by instruction counts (callgrind) over
// 32..256-limb operands on x86-64, where the curves are flat around the optimum.
constexpr std::size_t kKaratsubaMul = 32;
constexpr std::size_t kKaratsubaSqr = 48;

void schoolbook_mul(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  r[an] = mul_1(r, a, an, b[0]);
  for (std::size_t j = 1; j < bn; j++) r[an + j] = addmul_1(r + j, a, an, b[j]);
}

// r[0..2n) = a * a: each cross product a[i]*a[j] (i < j) once, doubled, plus the squares.
void schoolbook_sqr(Limb* r, const Limb* a, std::size_t n) {
  std::memset(r, 0, 2 * n * sizeof(Limb));
  for (std::size_t i = 0; i + 1 < n; i++) {
    r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  }
  // Double the cross products.
  Limb carry = 0;
  for (std::size_t i = 0; i < 2 * n; i++) {
    Limb top = r[i] >> 31;
    r[i] = (r[i] << 1) | carry;
    carry = top;
  }
  // Add the squares on the diagonal.
  Wide c = 0;
  for (std::size_t i = 0; i < n; i++) {
    Wide sq = Wide{a[i]} * a[i];
    c += Wide{r[2 * i]} + static_cast<Limb>(sq);
    r[2 * i] = static_cast<Limb>(c);
    c >>= kBits;
    c += Wide{r[2 * i + 1]} + (sq >> kBits);
    r[2 * i + 1] = static_cast<Limb>(c);
    c >>= kBits;
  }
}

void mul_any(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn);

// Karatsuba on a (an limbs) and b (bn limbs), bn <= an < 2 * bn. With m = an / 2:
// a*b = z2 * B**2m + ((a0 + a1)(b0 + b1) - z0 - z2) * B**m + z0.
void karatsuba(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  const std::size_t m = an / 2;  // bn > m because an < 2 * bn
  const Limb *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
  const std::size_t a1n = an - m, b1n = bn - m;

  mul_any(r, a0, m, b0, m);                   // z0 -> r[0..2m)
  mul_any(r + 2 * m, a1, a1n, b1, b1n);       // z2 -> r[2m..an+bn)

  // sa = a0 + a1 (a1n >= m), sb = b0 + b1 (either may be longer).
  Mag sa(a1n + 1), sb(std::max(m, b1n) + 1);
  sa[a1n] = add(sa.data(), a1, a1n, a0, m);
  if (b1n >= m) {
    sb[b1n] = add(sb.data(), b1, b1n, b0, m);
  } else {
    sb[m] = add(sb.data(), b0, m, b1, b1n);
  }
  const std::size_t san = trimmed_size(sa.data(), sa.size());
  const std::size_t sbn = trimmed_size(sb.data(), sb.size());
  Mag t(san + sbn + 1, 0);
  mul_any(t.data(), sa.data(), san, sb.data(), sbn);
  std::size_t tn = t.size();
  sub_from(t.data(), tn, r, trimmed_size(r, 2 * m));
  sub_from(t.data(), tn, r + 2 * m, trimmed_size(r + 2 * m, an + bn - 2 * m));
  tn = trimmed_size(t.data(), tn);
  add_into(r + m, an + bn - m, t.data(), tn);
}

void karatsuba_sqr(Limb* r, const Limb* a, std::size_t n) {
  const std::size_t m = n / 2;
  const Limb *a0 = a, *a1 = a + m;
  const std::size_t a1n = n - m;
  mul_any(r, a0, m, a0, m);
  mul_any(r + 2 * m, a1, a1n, a1, a1n);
  Mag s(a1n + 1);
  s[a1n] = add(s.data(), a1, a1n, a0, m);
  const std::size_t sn = trimmed_size(s.data(), s.size());
  Mag t(2 * sn + 1, 0);
  mul_any(t.data(), s.data(), sn, s.data(), sn);
  std::size_t tn = t.size();
  sub_from(t.data(), tn, r, trimmed_size(r, 2 * m));
  sub_from(t.data(), tn, r + 2 * m, trimmed_size(r + 2 * m, 2 * n - 2 * m));
  tn = trimmed_size(t.data(), tn);
  add_into(r + m, 2 * n - m, t.data(), tn);
}

// r[0..an+bn) = a * b for any sizes (zero sizes allowed).
void mul_any(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if (bn == 0) {
    std::memset(r, 0, an * sizeof(Limb));
    return;
  }
  if (a == b && an == bn) {
    if (an < kKaratsubaSqr) {
      schoolbook_sqr(r, a, an);
    } else {
      karatsuba_sqr(r, a, an);
    }
    return;
  }
  if (bn < kKaratsubaMul) {
    schoolbook_mul(r, a, an, b, bn);
    return;
  }
  if (an < 2 * bn) {
    karatsuba(r, a, an, b, bn);
    return;
  }
  // Unbalanced: multiply b by bn-limb slices of a and accumulate.
  std::memset(r, 0, (an + bn) * sizeof(Limb));
  Mag t(2 * bn);
  for (std::size_t i = 0; i < an; i += bn) {
    std::size_t len = std::min(bn, an - i);
    mul_any(t.data(), a + i, len, b, bn);
    add_into(r + i, an + bn - i, t.data(), len + bn);
  }
}

}  // namespace

void mul(Limb* r, const Limb* a, std::size_t an, const Limb* b, std::size_t bn) { mul_any(r, a, an, b, bn); }

Mag mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  mul_any(r.data(), a.data(), a.size(), b.data(), b.size());
  trim(r);
  return r;
}

}  // namespace py::limbs
