// What Python's print() and repr() write, for C++ programs that must print what a Python program
// prints: print(out, a, b) writes str(a) + " " + str(b) + "\n"; float_repr(x) is repr(x) (shortest
// round-trip digits, "4.0", "1e-05"); str_repr(s) is repr(s) ("'Task-1'").
//
// Header-only so that any test target can use it: add tests/support to its include path.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace aioplay::test {

// Concatenation of strings and string literals. (Spelling it "lit" + std::string(...) trips g++ 12's
// false -Wrestrict warning, GCC bug 105329.)
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  out.reserve((std::string_view(parts).size() + ... + 0));
  (out.append(std::string_view(parts)), ...);
  return out;
}

namespace detail {

// The shortest decimal digits that read back as `x` (x finite, > 0): digits "d1d2...dn" and the
// exponent of d1 (x == d1.d2...dn × 10^exp10).
struct ShortestDigits {
  std::string digits;
  int exp10 = 0;
};

// Parses "d.ddde±X" (printf %e or to_chars scientific) into digits and exponent.
inline ShortestDigits parse_scientific(std::string_view s) {
  ShortestDigits r;
  size_t e = s.find_first_of("eE");
  for (char c : s.substr(0, e))
    if (c >= '0' && c <= '9') r.digits += c;
  r.exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
  while (r.digits.size() > 1 && r.digits.back() == '0') r.digits.pop_back();
  return r;
}

// Portable fallback: the fewest significant digits (1..17) that round-trip through strtod.
inline ShortestDigits shortest_digits_printf(double x) {
  char buf[40];
  for (int precision = 0; precision <= 16; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision, x);
    if (std::strtod(buf, nullptr) == x) return parse_scientific(buf);
  }
  std::snprintf(buf, sizeof buf, "%.16e", x);
  return parse_scientific(buf);
}

inline ShortestDigits shortest_digits(double x) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  // libstdc++ 11+: shortest round-trip form. (Emscripten 3.1.6's libc++ 13 deletes the floating
  // overloads, hence the printf fallback.)
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  return parse_scientific(std::string_view(buf, size_t(res.ptr - buf)));
#else
  return shortest_digits_printf(x);
#endif
}

// Python's float_repr_style 'short' with format code 'r' (Python/pystrtod.c, format_float_short).
inline std::string format_python_repr(bool negative, const ShortestDigits& d) {
  std::string out = negative ? "-" : "";
  int decpt = d.exp10 + 1;  // digits before the decimal point
  const std::string& digits = d.digits;
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) out += cat(".", digits.substr(1));
    char exp[8];
    std::snprintf(exp, sizeof exp, "e%+.02d", decpt - 1);
    return out + exp;
  }
  if (decpt <= 0) return cat(out, "0.", std::string(size_t(-decpt), '0'), digits);
  if (size_t(decpt) >= digits.size()) return out + digits + std::string(size_t(decpt) - digits.size(), '0') + ".0";
  return cat(out, digits.substr(0, size_t(decpt)), ".", digits.substr(size_t(decpt)));
}

}  // namespace detail

// repr(x) for a Python float.
inline std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
  return detail::format_python_repr(x < 0, detail::shortest_digits(std::fabs(x)));
}

// repr(s) for a Python str (ASCII escapes as CPython writes them; other bytes pass through).
inline std::string str_repr(std::string_view s) {
  char quote = (s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos) ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + quote;
}

// Python's None, for print(None) and result=None.
struct None {};

// str(value) and repr(value) for the C++ stand-ins of Python values: bool, numbers, None (also
// std::monostate, a void result), strings, sequences (as lists) and optionals (None if empty).
template <class T>
std::string py_repr(const T& value);

template <class T>
inline constexpr bool is_py_none_v =
    std::is_same_v<T, None> || std::is_same_v<T, std::monostate> || std::is_same_v<T, std::nullptr_t>;
template <class T>
inline constexpr bool is_py_scalar_v = std::is_arithmetic_v<T> || is_py_none_v<T>;

template <class T>
std::string py_str(const T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    return value ? "True" : "False";
  } else if constexpr (is_py_none_v<T>) {
    return "None";
  } else if constexpr (std::is_floating_point_v<T>) {
    return float_repr(double(value));
  } else if constexpr (std::is_integral_v<T>) {
    return std::to_string(value);
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return std::string(std::string_view(value));
  } else {
    return py_repr(value);  // containers: str() of a list is its repr
  }
}

template <class T>
std::string py_repr(const T& value) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return str_repr(value);
  } else if constexpr (requires { value.begin(); value.end(); }) {
    std::string out = "[";
    bool first = true;
    for (const auto& v : value) {
      if (!first) out += ", ";
      first = false;
      out += py_repr(v);
    }
    return out + "]";
  } else if constexpr (requires { value.has_value(); *value; }) {
    return value ? py_repr(*value) : "None";
  } else if constexpr (is_py_scalar_v<T>) {
    return py_str(value);
  } else {
    return "<object>";  // no Python counterpart known here
  }
}

// print(*args): str() of each argument, separated by one space, then a newline.
template <class... Args>
void print(std::ostream& out, const Args&... args) {
  std::string line;
  bool first = true;
  ((line += (first ? "" : " "), line += py_str(args), first = false), ...);
  out << line << '\n';
}

}  // namespace aioplay::test
