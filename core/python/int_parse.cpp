// Follows CPython 3.11's PyLong_FromUnicodeObject and _PyLong_FromString step by step, since
// the order of its checks decides which error a malformed string gets.
#include "python/int_parse.hpp"

#include <string>

#include "python/number_text.hpp"

namespace py {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

NumError invalid_literal(std::string_view original, int base) {
  const std::string repr = str_repr(original);
  return NumError(NumErrc::IntParse, "invalid literal for int() with base " + std::to_string(base) + ": " +
                                         std::string(truncate_code_points(repr, 200)));
}

// The value of a run of digits (underscores allowed and skipped) in `base`.
NumResult<IntValue> digits_value(std::string_view run, int base, bool negative, std::size_t max_limbs) {
  // Small values accumulate in 64 bits, without allocating.
  std::uint64_t v = 0;
  bool overflow = false;
  const auto b = static_cast<std::uint64_t>(base);
  for (char c : run) {
    if (c == '_') continue;
    const auto d = static_cast<std::uint64_t>(digit_value(c));
    if (v > (UINT64_MAX - d) / b) {
      overflow = true;
      break;
    }
    v = v * b + d;
  }
  if (!overflow && v <= (std::uint64_t{1} << 63) - (negative ? 0 : 1)) {
    return IntValue::from(negative ? static_cast<std::int64_t>(0 - v) : static_cast<std::int64_t>(v));
  }
  std::string clean;
  if (run.find('_') != std::string_view::npos) {
    clean.reserve(run.size());
    for (char c : run) {
      if (c != '_') clean += c;
    }
    run = clean;
  }
  auto big = BigInt::from_digits(run, base, negative, max_limbs);
  if (!big) return big.error();
  return IntValue::from(std::move(big).value());
}

bool is_pow2(int base) { return (base & (base - 1)) == 0; }

}  // namespace

NumResult<IntValue> parse_int(std::string_view text, int base, std::size_t max_str_digits, std::size_t max_limbs) {
  if ((base != 0 && base < 2) || base > 36) return NumErrc::IntBaseOutOfRange;
  std::string buffer;
  const std::string_view s = numeric_ascii(text, buffer);
  const std::size_t n = s.size();
  auto at = [&](std::size_t i) { return i < n ? s[i] : '\0'; };

  std::size_t p = 0;
  while (p < n && is_ascii_space(s[p])) p++;
  bool negative = false;
  if (at(p) == '+') {
    p++;
  } else if (at(p) == '-') {
    p++;
    negative = true;
  }
  int b = base;
  bool error_if_nonzero = false;  // base 0 with a leading zero: "0", "00" are fine, "012" not
  if (b == 0) {
    const char c1 = at(p + 1);
    if (at(p) != '0') {
      b = 10;
    } else if (c1 == 'x' || c1 == 'X') {
      b = 16;
    } else if (c1 == 'o' || c1 == 'O') {
      b = 8;
    } else if (c1 == 'b' || c1 == 'B') {
      b = 2;
    } else {
      error_if_nonzero = true;
      b = 10;
    }
  }
  if (at(p) == '0') {
    const char c1 = at(p + 1);
    if ((b == 16 && (c1 == 'x' || c1 == 'X')) || (b == 8 && (c1 == 'o' || c1 == 'O')) ||
        (b == 2 && (c1 == 'b' || c1 == 'B'))) {
      p += 2;
      if (at(p) == '_') p++;  // one underscore may follow the prefix
    }
  }
  if (at(p) == '_') return invalid_literal(text, base);

  const std::size_t start = p;
  std::size_t digits = 0;
  char prev = '\0';
  while (p < n && (digit_value(s[p]) < b || s[p] == '_')) {
    if (s[p] == '_') {
      if (prev == '_') return invalid_literal(text, base);
    } else {
      digits++;
    }
    prev = s[p];
    p++;
  }
  if (prev == '_') return invalid_literal(text, base);
  // CPython limits decimal (non-power-of-two) conversions before looking at the rest.
  if (!is_pow2(b) && max_str_digits && digits > 640 && digits > max_str_digits) {
    return NumError(NumErrc::IntStrDigitsLimit, str_to_int_limit_message(max_str_digits, digits));
  }
  if (p == start) return invalid_literal(text, base);
  const std::string_view run = s.substr(start, p - start);
  while (p < n && is_ascii_space(s[p])) p++;
  if (p != n) return invalid_literal(text, base);
  if (error_if_nonzero && run.find_first_not_of("0_") != std::string_view::npos) return invalid_literal(text, base);
  return digits_value(run, b, negative, max_limbs);
}

NumResult<IntValue> parse_int_literal(std::string_view token, std::size_t max_str_digits, std::size_t max_limbs) {
  int base = 10;
  if (token.size() >= 2 && token[0] == '0') {
    switch (token[1]) {
      case 'x': case 'X': base = 16; break;
      case 'o': case 'O': base = 8; break;
      case 'b': case 'B': base = 2; break;
      default: break;
    }
    if (base != 10) token.remove_prefix(2);
  }
  if (base == 10 && max_str_digits) {
    std::size_t digits = 0;
    for (char c : token) digits += c != '_';
    if (digits > 640 && digits > max_str_digits) {
      return NumError(NumErrc::IntStrDigitsLimit,
                      str_to_int_limit_message(max_str_digits, digits) +
                          " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
    }
  }
  return digits_value(token, base, false, max_limbs);
}

}  // namespace py
