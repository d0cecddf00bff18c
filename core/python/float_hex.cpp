// float.hex() and float.fromhex(): exact hexadecimal text for floats, as CPython's
// Objects/floatobject.c writes and reads it (correctly rounded, half to even).
#include <cfloat>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// "0x1.8000000000000p+1": a leading digit (1, or 0 for subnormals), 13 fraction digits.
std::string float_to_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  const char* sign = std::signbit(x) ? "-" : "";
  if (x == 0) return std::string(sign) + "0x0.0p+0";
  int exponent = 0;
  double m = std::frexp(std::fabs(x), &exponent);
  int shift = 1 - std::max(DBL_MIN_EXP - exponent, 0);
  m = std::ldexp(m, shift);
  exponent -= shift;
  std::string digits(1, kHexDigits[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  digits += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    digits += kHexDigits[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  return std::string(sign) + "0x" + digits + "p" + (exponent < 0 ? "-" : "+") + std::to_string(std::abs(exponent));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool consume_word(std::string_view& s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); i++) {
    if ((s[i] | 0x20) != word[i]) return false;
  }
  s.remove_prefix(word.size());
  return true;
}

// The significand's leading 64 bits, whether any nonzero bit was dropped after them, and the
// power of two the kept bits are scaled by.
struct HexSignificand {
  std::uint64_t bits = 0;
  bool sticky = false;
  std::int64_t exponent = 0;
  bool any_digit = false;
};

void add_digit(HexSignificand& sig, int digit, bool after_point) {
  sig.any_digit = true;
  if (sig.bits >> 60 == 0) {
    sig.bits = sig.bits << 4 | static_cast<unsigned>(digit);
    if (after_point) sig.exponent -= 4;
  } else {
    sig.sticky = sig.sticky || digit != 0;
    if (!after_point) sig.exponent += 4;
  }
}

// Rounds bits * 2**exponent to a double (half to even, subnormals included); nullopt on overflow.
std::optional<double> round_to_double(const HexSignificand& sig) {
  if (sig.bits == 0) return 0.0;
  int length = 64 - __builtin_clzll(sig.bits);
  std::int64_t top = sig.exponent + length - 1;  // the value is in [2**top, 2**(top+1))
  if (top > DBL_MAX_EXP) return std::nullopt;
  constexpr std::int64_t kMinSubnormalExp = DBL_MIN_EXP - DBL_MANT_DIG;  // -1074
  if (top < kMinSubnormalExp - 1) return 0.0;  // below half the smallest subnormal
  std::int64_t precision = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : top - kMinSubnormalExp + 1;
  std::int64_t drop = length - precision;
  unsigned __int128 kept = sig.bits;
  std::int64_t exponent = sig.exponent;
  if (drop > 0) {
    unsigned __int128 full = sig.bits, half = static_cast<unsigned __int128>(1) << (drop - 1);
    unsigned __int128 rest = full & ((half << 1) - 1);
    kept = full >> drop;
    exponent += drop;
    bool above_half = rest > half || (rest == half && (sig.sticky || (kept & 1)));
    if (above_half) kept++;
  }
  double result = std::ldexp(static_cast<double>(kept), static_cast<int>(exponent));
  if (std::isinf(result)) return std::nullopt;
  return result;
}

// float.fromhex's grammar: [sign] ['0x'] digits ['.' digits] ['p' [sign] decimal], surrounded
// by whitespace, or inf/infinity/nan. An error message when the text is not one.
Value parse_hex_float(std::string_view s) {
  const char* invalid = "invalid hexadecimal floating-point string";
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  double sign = negative ? -1.0 : 1.0;
  if (consume_word(s, "infinity") || consume_word(s, "inf")) {
    return s.empty() ? make_float(sign * HUGE_VAL) : raise_value_error(invalid);
  }
  if (consume_word(s, "nan")) return s.empty() ? make_float(std::copysign(NAN, sign)) : raise_value_error(invalid);
  consume_word(s, "0x");
  HexSignificand sig;
  bool after_point = false;
  for (; !s.empty(); s.remove_prefix(1)) {
    if (s.front() == '.' && !after_point) {
      after_point = true;
    } else if (int d = hex_value(s.front()); d >= 0) {
      add_digit(sig, d, after_point);
    } else {
      break;
    }
  }
  if (!sig.any_digit) return raise_value_error(invalid);
  if (!s.empty() && (s.front() | 0x20) == 'p') {
    s.remove_prefix(1);
    bool exp_negative = !s.empty() && s.front() == '-';
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
    if (s.empty() || s.front() < '0' || s.front() > '9') return raise_value_error(invalid);
    std::int64_t e = 0;
    for (; !s.empty() && s.front() >= '0' && s.front() <= '9'; s.remove_prefix(1)) {
      e = std::min<std::int64_t>(e * 10 + (s.front() - '0'), std::int64_t{1} << 40);  // saturate
    }
    sig.exponent += exp_negative ? -e : e;
  }
  if (!s.empty()) return raise_value_error(invalid);
  std::optional<double> value = round_to_double(sig);
  if (!value) return raise(overflow_error_type, "hexadecimal value too large to represent as a float");
  return make_float(sign * *value);
}

Value float_hex(const Value& self, const Args& args) {
  if (!check_no_args(args, "float.hex")) return nullptr;
  return make_str(float_to_hex(float_value_of(self)));
}

// float.fromhex(string), a classmethod: args[0] is the class, which a subclass gets called with.
Value float_fromhex(const Value&, const Args& args) {
  if (!check_no_kwargs(args, "float.fromhex")) return nullptr;
  if (args.size() != 2) {
    return raise_format(type_error_type, "float.fromhex() takes exactly one argument (%zu given)", args.size() - 1);
  }
  const Value& text = args[1];
  if (!is_str(text)) return raise_type_error("bad argument type for built-in operation");
  Value result = parse_hex_float(as_str(text)->view());
  if (!result || args[0].object() == float_type) return result;
  return call(args[0], {result});
}

}  // namespace

void add_float_hex_methods(Type* t) {
  add_method(t, "hex", float_hex);
  t->dict->set_str(intern("fromhex"), make_classmethod(make_builtin("fromhex", float_fromhex)));
}

}  // namespace py
