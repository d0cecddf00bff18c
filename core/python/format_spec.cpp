// Transcribes CPython 3.11's Python/formatter_unicode.c: parse_internal_render_format_spec,
// calc_number_widths, fill_number and _PyUnicode_InsertThousandsGrouping. Their interplay
// (zero padding counted through thousands separators, "inf" padded with '0', the order of the
// checks that picks the error message) is what format() users observe.
#include "python/format_spec.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "python/float_format.hpp"
#include "python/number_text.hpp"

namespace py {

namespace {

enum class Grouping : std::uint8_t { None, Comma, Underscore, UnderscoreFour };

struct Spec {
  char32_t fill = ' ';
  char align = '>';
  bool alternate = false;
  bool no_neg_0 = false;
  char sign = 0;
  std::int64_t width = -1;
  Grouping grouping = Grouping::None;
  char separator_char = 0;  // ',' or '_' as written, for messages
  std::int64_t precision = -1;
  char32_t type = 0;
};

NumError value_error(std::string message) { return NumError(NumErrc::FormatSpec, std::move(message)); }

// "'c'" for a printable ASCII code, "'\x1'" otherwise, as CPython's messages quote it.
std::string quote_code(char32_t c) {
  if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (char32_t v = c;; v >>= 4) {
    hex.insert(hex.begin(), kHex[v & 15]);
    if (v < 16) break;
  }
  return "'\\x" + hex + "'";
}

NumError unknown_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code " + quote_code(type) + " for object of type '" +
                     std::string(truncate_code_points(type_name, 200)) + "'");
}

NumError invalid_separator(char separator, char32_t type) {
  return value_error(std::string("Cannot specify '") + separator + "' with " + quote_code(type) + ".");
}

NumError comma_and_underscore() { return value_error("Cannot specify both ',' and '_'."); }

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// The spec's code points; specs are short, so usually without allocating.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      const char32_t cp = next_code_point(text, i);
      if (size_ < kInline) {
        inline_[size_] = cp;
      } else {
        if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
        heap_.push_back(cp);
      }
      size_++;
    }
  }
  std::size_t size() const { return size_; }
  char32_t operator[](std::size_t i) const { return heap_.empty() ? inline_[i] : heap_[i]; }

 private:
  static constexpr std::size_t kInline = 32;
  char32_t inline_[kInline];
  std::size_t size_ = 0;
  std::vector<char32_t> heap_;
};

// Decimal digits (any Unicode Nd) at c[pos...]: count consumed, or -1 past PY_SSIZE_T_MAX.
int get_integer(const CodePoints& c, std::size_t& pos, std::int64_t& result) {
  std::int64_t acc = 0;
  int n = 0;
  for (; pos < c.size(); pos++, n++) {
    const int d = unicode_decimal(c[pos]);
    if (d < 0) break;
    if (acc > (std::numeric_limits<std::int64_t>::max() - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  result = acc;
  return n;
}

NumResult<Spec> parse_spec(std::string_view text, char32_t default_type, std::string_view type_name) {
  const CodePoints c(text);
  const std::size_t end = c.size();
  std::size_t pos = 0;
  Spec s;
  s.type = default_type;
  bool align_specified = false, fill_specified = false;
  if (end - pos >= 2 && is_align(c[pos + 1])) {
    s.align = static_cast<char>(c[pos + 1]);
    s.fill = c[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(c[pos])) {
    s.align = static_cast<char>(c[pos]);
    align_specified = true;
    pos++;
  }
  if (pos < end && (c[pos] == ' ' || c[pos] == '+' || c[pos] == '-')) s.sign = static_cast<char>(c[pos++]);
  if (pos < end && c[pos] == 'z') {
    s.no_neg_0 = true;
    pos++;
  }
  if (pos < end && c[pos] == '#') {
    s.alternate = true;
    pos++;
  }
  if (!fill_specified && pos < end && c[pos] == '0') {
    s.fill = '0';
    if (!align_specified) s.align = '=';
    pos++;
  }
  const int width_digits = get_integer(c, pos, s.width);
  if (width_digits < 0) return value_error("Too many decimal digits in format string");
  if (width_digits == 0) s.width = -1;
  if (pos < end && c[pos] == ',') {
    s.grouping = Grouping::Comma;
    s.separator_char = ',';
    pos++;
  }
  if (pos < end && c[pos] == '_') {
    if (s.grouping != Grouping::None) return comma_and_underscore();
    s.grouping = Grouping::Underscore;
    s.separator_char = '_';
    pos++;
  }
  if (pos < end && c[pos] == ',' && s.grouping == Grouping::Underscore) return comma_and_underscore();
  if (pos < end && c[pos] == '.') {
    pos++;
    const int n = get_integer(c, pos, s.precision);
    if (n < 0) return value_error("Too many decimal digits in format string");
    if (n == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                       std::string(truncate_code_points(type_name, 200)) + "'");
  }
  if (end - pos == 1) s.type = c[pos];
  if (s.grouping != Grouping::None) {
    switch (s.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        // Underscores group hex, octal and binary digits by four.
        if (s.grouping == Grouping::Underscore) {
          s.grouping = Grouping::UnderscoreFour;
          break;
        }
        return invalid_separator(s.separator_char, s.type);
      default:
        return invalid_separator(s.separator_char, s.type);
    }
  }
  return s;
}

// A number split the way fill_number writes it.
struct Parts {
  bool negative = false;
  std::string_view prefix;     // "0x" and friends
  std::string_view digits;     // integer digits, to be grouped
  bool has_decimal = false;
  std::string_view remainder;  // after the point (or all of "inf", "nan", a 'c' character)
  std::size_t remainder_chars = 0;
};

// _PyUnicode_InsertThousandsGrouping: the grouped digits, zero-padded on the left until
// min_width characters (separators included) are used. Groups are computed right to left and
// written left to right.
struct Group {
  std::int64_t zeros, chars;
};

// Group sizes, right to left; no allocation for up to 24 groups (a 70-digit number).
class Groups {
 public:
  void push_back(Group g) {
    if (size_ < kInline) {
      inline_[size_] = g;
    } else {
      if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(g);
    }
    size_++;
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const Group& operator[](std::size_t i) const { return heap_.empty() ? inline_[i] : heap_[i]; }

 private:
  static constexpr std::size_t kInline = 24;
  Group inline_[kInline];
  std::size_t size_ = 0;
  std::vector<Group> heap_;
};

std::size_t plan_groups(std::int64_t n_digits, std::int64_t min_width, int group, bool has_separator, Groups& groups) {
  std::int64_t remaining = n_digits;
  min_width = std::max<std::int64_t>(0, min_width);
  const std::int64_t sep_len = has_separator ? 1 : 0;
  std::size_t total = 0;
  auto take = [&](std::int64_t len) {
    const Group g{std::max<std::int64_t>(0, len - remaining), std::max<std::int64_t>(0, std::min(remaining, len))};
    total += static_cast<std::size_t>(g.zeros + g.chars) + (groups.empty() ? 0 : static_cast<std::size_t>(sep_len));
    groups.push_back(g);
    remaining -= g.chars;
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      const std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>({remaining, min_width, 1}));
      take(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!broken) take(std::max<std::int64_t>({remaining, min_width, 1}));
  return total;
}

void write_groups(std::string& out, std::string_view digits, const Groups& groups, char separator) {
  std::size_t pos = 0;
  for (std::size_t i = groups.size(); i-- > 0;) {
    out.append(static_cast<std::size_t>(groups[i].zeros), '0');
    out.append(digits.substr(pos, static_cast<std::size_t>(groups[i].chars)));
    pos += static_cast<std::size_t>(groups[i].chars);
    if (i > 0 && separator) out += separator;
  }
}

// calc_number_widths + fill_number.
NumResult<std::string> render(const Spec& spec, const Parts& p, bool locale_n, const FormatLimits& limits) {
  int group = 0;
  char separator = 0;
  if (!locale_n) {
    switch (spec.grouping) {
      case Grouping::Comma: group = 3, separator = ','; break;
      case Grouping::Underscore: group = 3, separator = '_'; break;
      case Grouping::UnderscoreFour: group = 4, separator = '_'; break;
      case Grouping::None: break;
    }
  }
  char sign = 0;
  if (spec.sign == '+') {
    sign = p.negative ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = p.negative ? '-' : ' ';
  } else if (p.negative) {
    sign = '-';
  }
  const std::int64_t n_decimal = p.has_decimal ? 1 : 0;
  const std::int64_t non_digit = (sign ? 1 : 0) + static_cast<std::int64_t>(p.prefix.size()) + n_decimal +
                                 static_cast<std::int64_t>(p.remainder_chars);
  const std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - non_digit : 0;
  if (spec.width > 0 && static_cast<std::uint64_t>(spec.width) > limits.max_length) return NumErrc::Memory;
  Groups groups;
  const std::size_t grouped =
      p.digits.empty() ? 0 : plan_groups(static_cast<std::int64_t>(p.digits.size()), min_width, group, separator, groups);
  const std::int64_t used = non_digit + static_cast<std::int64_t>(grouped);
  if (static_cast<std::uint64_t>(used) > limits.max_length) return NumErrc::Memory;
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  const std::int64_t padding = spec.width - used;
  if (padding > 0) {
    switch (spec.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2, rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string fill_utf8;
  append_utf8(fill_utf8, spec.fill);
  auto pad = [&](std::string& out, std::int64_t n) {
    if (fill_utf8.size() == 1) {
      out.append(static_cast<std::size_t>(n), fill_utf8[0]);
    } else {
      for (std::int64_t i = 0; i < n; i++) out += fill_utf8;
    }
  };
  std::string out;
  out.reserve(static_cast<std::size_t>(used) + static_cast<std::size_t>(std::max<std::int64_t>(padding, 0)) * fill_utf8.size());
  pad(out, lpad);
  if (sign) out += sign;
  out += p.prefix;
  pad(out, spad);
  if (!p.digits.empty()) write_groups(out, p.digits, groups, separator);
  if (p.has_decimal) out += '.';
  out += p.remainder;
  pad(out, rpad);
  return out;
}

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
