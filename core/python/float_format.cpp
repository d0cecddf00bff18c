// The layout step follows CPython 3.11's format_float_short (Python/pystrtod.c) closely: the
// rules for where zeros, the point and the exponent go are subtle and all observable.
#include "python/float_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "python/float_digits.hpp"

namespace py {

namespace {

void append_exponent(std::string& out, int exp, char e) {
  char buf[8];
  int n = std::snprintf(buf, sizeof buf, "%c%+.02d", e, exp);
  out.append(buf, static_cast<std::size_t>(n));
}

// digits/decpt as from dtoa; code is 'e' (precision = significant digits), 'f', 'g' or 'r'.
void layout(std::string& out, const char* digits, int digits_len, int decpt, bool negative, char code, int precision,
            unsigned flags, bool upper) {
  const bool add_dot_0 = flags & kDtsAddDot0, alt = flags & kDtsAlt;
  if ((flags & kDtsNoNeg0) && negative && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) {
    negative = false;
  }
  int vdigits_end = digits_len;
  bool use_exp = false;
  int exp = 0;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // The output is the slice [vdigits_start, vdigits_end) of the digits padded with zeros on
  // both sides, with the point at decpt.
  const int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }

  if (negative) {
    out += '-';
  } else if (flags & kDtsSign) {
    out += '+';
  }
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<std::size_t>(-decpt), '0');
  }
  if (decpt > 0 && decpt <= digits_len) {
    out.append(digits, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits + decpt, static_cast<std::size_t>(digits_len - decpt));
  } else {
    out.append(digits, static_cast<std::size_t>(digits_len));
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) append_exponent(out, exp, upper ? 'E' : 'e');
}

}  // namespace

void append_float_repr(std::string& out, double x) {
  if (std::isnan(x)) {
    out += "nan";
    return;
  }
  if (std::isinf(x)) {
    out += x > 0 ? "inf" : "-inf";
    return;
  }
  if (x == 0) {
    out += std::signbit(x) ? "-0.0" : "0.0";
    return;
  }
  char digits[20];
  int decpt;
  const int n = shortest_digits(x, digits, decpt);
  layout(out, digits, n, decpt, x < 0, 'r', 0, kDtsAddDot0, false);
}

std::string float_repr(double x) {
  std::string out;
  append_float_repr(out, x);
  return out;
}

std::string double_to_string(double x, char code, int precision, unsigned flags) {
  const bool upper = code == 'E' || code == 'F' || code == 'G';
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isinf(x) && x < 0) {
      out += '-';
    } else if (flags & kDtsSign) {
      out += '+';
    }
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  // A double's exact decimal expansion has at most 767 significant digits and 1074 after the
  // point, so digits asked beyond those are zeros: generate no more than that, and let the
  // layout pad (it pads from `precision`, which is left as asked).
  constexpr int kMaxSignificant = 800, kMaxFraction = 1100;
  DecimalDigits d;
  char lower = static_cast<char>(upper ? code - 'A' + 'a' : code);
  switch (lower) {
    case 'e':
      precision++;
      significant_digits(x, std::min(precision, kMaxSignificant), d);
      break;
    case 'f':
      fixed_digits(x, std::min(precision, kMaxFraction), d);
      break;
    case 'g':
      if (precision == 0) precision = 1;
      significant_digits(x, std::min(precision, kMaxSignificant), d);
      break;
    default:
      lower = 'r';
      shortest_digits(x, d);
      break;
  }
  layout(out, d.digits.data(), static_cast<int>(d.digits.size()), d.decpt, d.negative, lower, precision, flags, upper);
  return out;
}

}  // namespace py
