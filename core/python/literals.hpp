// Decoding of literal tokens into values: numbers, string and bytes bodies (escape sequences).
// Error messages are CPython 3.11's, complete with their "(unicode error) ..." prefixes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace py::literals {

// CPython 3.11's default sys.get_int_max_str_digits(): longer decimal literals are rejected.
inline constexpr std::size_t kMaxDecimalDigits = 4300;

struct StringToken {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  bool u_prefix = false;
  std::size_t body_offset = 0;  // where the body starts in the token text (after prefix and quotes)
  std::string_view body;        // between the quotes
};

// Splits a STRING token ("rb'...'", '"""..."""') into prefix flags and body.
StringToken split_string_token(std::string_view token_text);

// Decodes the escape sequences of a (non-raw) str body into UTF-8. On failure returns false and
// sets `error` to CPython's message, e.g. "(unicode error) 'unicodeescape' codec can't decode
// bytes in position 0-2: truncated \xXX escape".
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);

// Decodes the escape sequences of a (non-raw) bytes body. The body must be ASCII (checked by the
// caller, which reports "bytes can only contain ASCII literal characters").
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

enum class NumberKind : std::uint8_t { Int, Float, Complex };

struct Number {
  NumberKind kind = NumberKind::Int;
  // Int: digits without prefix, underscores or leading zeros (at least "0"), lower case.
  std::string digits;
  int base = 10;
  bool fits_int64 = false;
  std::int64_t int_value = 0;
  double float_value = 0;  // Float, or the imaginary part of Complex
};

// Parses a NUMBER token the lexer accepted. Fails only for decimal integers with more than
// kMaxDecimalDigits digits, with CPython's message.
bool parse_number(std::string_view text, Number& out, std::string& error);

}  // namespace py::literals
