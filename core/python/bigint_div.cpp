// Magnitude division (Knuth's algorithm D, and the dispatch to the recursive one for long
// operands), shifts and bit length.
#include <bit>
#include <cstring>

#include "python/bigint_limbs.hpp"

namespace py::limbs {

std::uint64_t bit_length(const Mag& a) {
  if (a.empty()) return 0;
  return std::uint64_t{a.size() - 1} * kBits + static_cast<std::uint64_t>(std::bit_width(a.back()));
}

Mag shl(const Mag& a, std::uint64_t n) {
  if (a.empty()) return {};
  const std::size_t limbs = static_cast<std::size_t>(n / kBits);
  const unsigned bits = static_cast<unsigned>(n % kBits);
  Mag r(a.size() + limbs + 1, 0);
  if (bits == 0) {
    std::memcpy(r.data() + limbs, a.data(), a.size() * sizeof(Limb));
  } else {
    Limb carry = 0;
    for (std::size_t i = 0; i < a.size(); i++) {
      r[i + limbs] = (a[i] << bits) | carry;
      carry = a[i] >> (kBits - bits);
    }
    r[a.size() + limbs] = carry;
  }
  trim(r);
  return r;
}

Mag shr(const Mag& a, std::uint64_t n) {
  if (n >= std::uint64_t{a.size()} * kBits) return {};
  const std::size_t limbs = static_cast<std::size_t>(n / kBits);
  const unsigned bits = static_cast<unsigned>(n % kBits);
  Mag r(a.size() - limbs);
  if (bits == 0) {
    std::memcpy(r.data(), a.data() + limbs, r.size() * sizeof(Limb));
  } else {
    for (std::size_t i = 0; i < r.size(); i++) {
      Limb hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
      r[i] = (a[i + limbs] >> bits) | (hi << (kBits - bits));
    }
  }
  trim(r);
  return r;
}

void divrem(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (a.size() > b.size() && wants_recursive_division(a, b)) {
    divrem_recursive(a, b, q, r);
  } else {
    divrem_knuth(a, b, q, r);
  }
}

void divrem_knuth(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  const std::size_t n = b.size();
  if (cmp(a, b) < 0) {
    if (q) q->clear();
    if (r) *r = a;
    return;
  }
  if (n == 1) {
    Mag quot(a.size());
    Limb rem = divrem_1(quot.data(), a.data(), a.size(), b[0]);
    trim(quot);
    if (q) *q = std::move(quot);
    if (r) {
      r->clear();
      if (rem) r->push_back(rem);
    }
    return;
  }

  // Normalise so that the divisor's top limb has its high bit set: then each estimated
  // quotient limb is at most 2 too large (Knuth, TAOCP vol. 2, 4.3.1).
  const std::size_t m = a.size();
  const unsigned s = static_cast<unsigned>(std::countl_zero(b.back()));
  Mag vn(n), un(m + 1);
  if (s == 0) {
    std::memcpy(vn.data(), b.data(), n * sizeof(Limb));
    std::memcpy(un.data(), a.data(), m * sizeof(Limb));
    un[m] = 0;
  } else {
    for (std::size_t i = n - 1; i > 0; i--) vn[i] = (b[i] << s) | (b[i - 1] >> (kBits - s));
    vn[0] = b[0] << s;
    un[m] = a[m - 1] >> (kBits - s);
    for (std::size_t i = m - 1; i > 0; i--) un[i] = (a[i] << s) | (a[i - 1] >> (kBits - s));
    un[0] = a[0] << s;
  }

  Mag quot(m - n + 1);
  const Wide base = Wide{1} << kBits;
  const Wide vtop = vn[n - 1], vnext = vn[n - 2];
  for (std::size_t j = m - n + 1; j-- > 0;) {
    const Wide num = (Wide{un[j + n]} << kBits) | un[j + n - 1];
    Wide qhat = num / vtop;
    Wide rhat = num % vtop;
    while (qhat >= base || qhat * vnext > ((rhat << kBits) | un[j + n - 2])) {
      qhat--;
      rhat += vtop;
      if (rhat >= base) break;
    }
    // un[j..j+n] -= qhat * vn, tracking the borrow as a signed quantity.
    std::int64_t k = 0;
    std::int64_t t = 0;
    for (std::size_t i = 0; i < n; i++) {
      const Wide p = qhat * vn[i];
      t = static_cast<std::int64_t>(un[i + j]) - k - static_cast<std::int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<Limb>(t);
      k = static_cast<std::int64_t>(p >> kBits) - (t >> kBits);
    }
    t = static_cast<std::int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<Limb>(t);
    if (t < 0) {
      // qhat was one too large: add the divisor back.
      qhat--;
      Wide c = 0;
      for (std::size_t i = 0; i < n; i++) {
        c += Wide{un[i + j]} + vn[i];
        un[i + j] = static_cast<Limb>(c);
        c >>= kBits;
      }
      un[j + n] += static_cast<Limb>(c);
    }
    quot[j] = static_cast<Limb>(qhat);
  }
  if (q) {
    trim(quot);
    *q = std::move(quot);
  }
  if (r) {
    Mag rem(n);
    if (s == 0) {
      std::memcpy(rem.data(), un.data(), n * sizeof(Limb));
    } else {
      for (std::size_t i = 0; i < n; i++) rem[i] = (un[i] >> s) | (un[i + 1] << (kBits - s));
    }
    trim(rem);
    *r = std::move(rem);
  }
}

}  // namespace py::limbs
