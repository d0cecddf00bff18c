// parse_internal_render_format_spec of CPython 3.11's Python/formatter_unicode.c, with its
// error messages; the order of its checks decides which message a bad spec gets.
#include <limits>
#include <vector>

#include "python/format_internal.hpp"
#include "python/number_text.hpp"

namespace py::format_detail {

NumError value_error(std::string message) { return NumError(NumErrc::FormatSpec, std::move(message)); }

namespace {

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

}  // namespace

NumError unknown_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code " + quote_code(type) + " for object of type '" +
                     std::string(truncate_code_points(type_name, 200)) + "'");
}

namespace {

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

}  // namespace

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

}  // namespace py::format_detail
