// format() of floats and ints: picks the presentation type's conversion (CPython 3.11's
// format_float_internal and format_long_internal) and hands the pieces to the layout.
#include "python/format_spec.hpp"

#include <cmath>
#include <limits>

#include "python/float_format.hpp"
#include "python/format_internal.hpp"
#include "python/number_text.hpp"

namespace py {

using format_detail::Parts;
using format_detail::Spec;
using format_detail::parse_spec;
using format_detail::render;
using format_detail::unknown_code;
using format_detail::value_error;

namespace {

bool is_float_type(char32_t t) {
  return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%' || t == 'n' || t == 0;
}

NumResult<std::string> format_float_spec(double val, const Spec& spec, const FormatLimits& limits) {
  if (spec.precision > std::numeric_limits<std::int32_t>::max()) return value_error("precision too big");
  int precision = static_cast<int>(spec.precision);
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtsAlt;
  if (spec.no_neg_0) flags |= kDtsNoNeg0;
  char type = static_cast<char>(spec.type);
  int default_precision = 6;
  if (type == 0) {
    // No type: repr() without a precision, else like 'g' with at least one digit after the point.
    flags |= kDtsAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  // These print at least `precision` characters: refuse absurd ones before building them.
  if ((type == 'f' || type == 'F' || type == 'e' || type == 'E' || spec.alternate) &&
      static_cast<std::uint64_t>(precision) > limits.max_length) {
    return NumErrc::Memory;
  }
  std::string buf = double_to_string(val, type, precision, flags);
  if (add_pct) buf += '%';

  Parts p;
  std::string_view s = buf;
  if (!s.empty() && s[0] == '-') {
    p.negative = true;
    s.remove_prefix(1);
  } else if (!s.empty() && s[0] == '+') {
    s.remove_prefix(1);  // not produced without kDtsSign; kept for symmetry
  }
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
  p.digits = s.substr(0, i);
  p.has_decimal = i < s.size() && s[i] == '.';
  p.remainder = s.substr(i + (p.has_decimal ? 1 : 0));  // views into buf, alive until render returns
  p.remainder_chars = p.remainder.size();
  return render(spec, p, spec.type == 'n', limits);
}

std::string int64_digits(std::uint64_t m, int base, bool upper) {
  static const char kLower[] = "0123456789abcdef", kUpper[] = "0123456789ABCDEF";
  const char* d = upper ? kUpper : kLower;
  char buf[64];
  int n = 0;
  do {
    buf[n++] = d[m % static_cast<unsigned>(base)];
    m /= static_cast<unsigned>(base);
  } while (m);
  std::string out;
  while (n) out += buf[--n];
  return out;
}

int base_of(char32_t type) {
  switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
  }
}

// The int path of __format__, with the value either small or big.
template <class DigitsFn, class ToDoubleFn>
NumResult<std::string> format_int_spec(std::string_view spec_text, std::string_view type_name, bool negative,
                                       const DigitsFn& digits_of, const ToDoubleFn& to_double,
                                       const std::int64_t* small, const FormatLimits& limits) {
  auto parsed = parse_spec(spec_text, 'd', type_name);
  if (!parsed) return parsed.error();
  const Spec& spec = *parsed;
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = to_double();
      if (!d) return d.error();
      return format_float_spec(*d, spec, limits);
    }
    default:
      return unknown_code(spec.type, type_name);
  }
  if (spec.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_0) return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  Parts p;
  if (spec.type == 'c') {
    if (spec.sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!small) return NumErrc::IntTooLargeForCLong;  // CPython reads the int as a C long first
    if (*small < 0 || *small > 0x10FFFF) return NumErrc::CharOutOfRange;
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(*small));
    p.remainder = ch;
    p.remainder_chars = 1;
    return render(spec, p, false, limits);
  }
  const int base = base_of(spec.type);
  auto digits = digits_of(base, spec.type == 'X');
  if (!digits) return digits.error();
  p.negative = negative;
  p.digits = *digits;
  if (spec.alternate && base != 10) {
    p.prefix = spec.type == 'X' ? "0X" : base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  }
  return render(spec, p, spec.type == 'n', limits);
}

}  // namespace

NumResult<std::string> format_float(double x, std::string_view spec, std::string_view type_name,
                                    const FormatLimits& limits) {
  if (spec.empty()) return float_repr(x);
  auto parsed = parse_spec(spec, 0, type_name);
  if (!parsed) return parsed.error();
  if (!is_float_type(parsed->type)) return unknown_code(parsed->type, type_name);
  return format_float_spec(x, *parsed, limits);
}

NumResult<std::string> format_int(std::int64_t x, std::string_view spec, std::string_view type_name,
                                  const FormatLimits& limits) {
  const std::uint64_t m = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
  if (spec.empty()) return (x < 0 ? "-" : "") + int64_digits(m, 10, false);
  auto digits = [&](int base, bool upper) -> NumResult<std::string> { return int64_digits(m, base, upper); };
  auto to_double = [&]() -> NumResult<double> { return static_cast<double>(x); };
  return format_int_spec(spec, type_name, x < 0, digits, to_double, &x, limits);
}

NumResult<std::string> format_int(const BigInt& x, std::string_view spec, std::string_view type_name,
                                  const FormatLimits& limits) {
  if (x.fits_int64()) return format_int(x.to_int64(), spec, type_name, limits);
  if (spec.empty()) return x.to_decimal(limits.max_str_digits);
  const BigInt magnitude = x.abs();
  auto digits = [&](int base, bool upper) -> NumResult<std::string> {
    if (base == 10) return magnitude.to_decimal(limits.max_str_digits);
    std::string s = magnitude.to_base_pow2(base, false);
    if (upper) {
      for (char& ch : s) {
        if (ch >= 'a' && ch <= 'f') ch = static_cast<char>(ch - 'a' + 'A');
      }
    }
    return s;
  };
  auto to_double = [&]() { return x.to_double(); };
  return format_int_spec(spec, type_name, x.is_negative(), digits, to_double, nullptr, limits);
}

}  // namespace py
