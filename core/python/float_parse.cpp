#include "python/float_parse.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "python/number_text.hpp"

namespace py {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignoring_case(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Whether s (no underscores) is a whole decimal float: sign, digits with an optional point
// (at least one digit), an optional exponent with at least one digit.
bool is_decimal_float(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) i++, digits++;
  if (i < s.size() && s[i] == '.') {
    i++;
    while (i < s.size() && is_digit(s[i])) i++, digits++;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    std::size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) i++, exp_digits++;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

// Clinger's fast path: with at most 15 significant digits the digits are exact in a double, and
// so is 10**k for k <= 22, so one IEEE multiplication or division rounds correctly. Covers most
// inputs without strtod, which is slow under Emscripten (musl's is ~10x glibc's).
bool fast_path(std::string_view s, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::uint64_t mantissa = 0;
  int significant = 0, exp10 = 0;
  bool point = false;
  for (; i < s.size() && (is_digit(s[i]) || (s[i] == '.' && !point)); i++) {
    if (s[i] == '.') {
      point = true;
      continue;
    }
    if (mantissa == 0 && s[i] == '0') {
      if (point) exp10--;
      continue;
    }
    if (++significant > 15) return false;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[i] - '0');
    if (point) exp10--;
  }
  if (i < s.size()) {  // exponent (validated: [eE][+-]?digits)
    i++;
    bool exp_negative = false;
    if (s[i] == '+' || s[i] == '-') exp_negative = s[i++] == '-';
    int e = 0;
    for (; i < s.size(); i++) {
      if (e > 10000) return false;
      e = e * 10 + (s[i] - '0');
    }
    exp10 += exp_negative ? -e : e;
  }
  double v = static_cast<double>(mantissa);
  if (mantissa == 0) {
    v = 0.0;
  } else if (exp10 < 0) {
    if (exp10 < -22) return false;
    v /= kPow10[-exp10];
  } else {
    if (exp10 > 22) return false;
    v *= kPow10[exp10];
  }
  out = negative ? -v : v;
  return true;
}

// strtod on a validated decimal (needs a terminated copy).
double to_double(std::string_view s) {
  double fast;
  if (fast_path(s, fast)) return fast;
  char small[64];
  if (s.size() < sizeof small) {
    s.copy(small, s.size());
    small[s.size()] = '\0';
    return std::strtod(small, nullptr);
  }
  return std::strtod(std::string(s).c_str(), nullptr);
}

// CPython's _Py_string_to_number_with_underscores: each '_' must sit between two digits.
bool remove_underscores(std::string_view s, std::string& out) {
  out.clear();
  char prev = '\0';
  for (char c : s) {
    if (c == '_') {
      if (!is_digit(prev)) return false;
    } else {
      if (prev == '_' && !is_digit(c)) return false;
      out += c;
    }
    prev = c;
  }
  return prev != '_';
}

}  // namespace

NumResult<double> parse_float(std::string_view text) {
  std::string ascii_buffer, clean_buffer;
  std::string_view s = numeric_ascii(text, ascii_buffer);
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  auto fail = [&] { return NumError(NumErrc::FloatParse, "could not convert string to float: " + str_repr(text)); };
  if (s.find('_') != std::string_view::npos) {
    if (!remove_underscores(s, clean_buffer)) return fail();
    s = clean_buffer;
  }
  if (is_decimal_float(s)) return to_double(s);
  bool negative = false;
  std::string_view word = s;
  if (!word.empty() && (word[0] == '+' || word[0] == '-')) {
    negative = word[0] == '-';
    word.remove_prefix(1);
  }
  if (equals_ignoring_case(word, "inf") || equals_ignoring_case(word, "infinity")) {
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (equals_ignoring_case(word, "nan")) return negative ? -std::nan("") : std::nan("");
  return fail();
}

double parse_float_literal(std::string_view token) {
  if (token.find('_') == std::string_view::npos) return to_double(token);
  std::string clean;
  for (char c : token) {
    if (c != '_') clean += c;
  }
  return to_double(clean);
}

}  // namespace py
