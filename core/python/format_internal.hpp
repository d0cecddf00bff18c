// Internal to the format_*.cpp files: a parsed format specification, and a number split into
// the fields CPython's fill_number writes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "python/format_spec.hpp"
#include "python/num_error.hpp"

namespace py::format_detail {

enum class Grouping : std::uint8_t { None, Comma, Underscore, UnderscoreFour };

// A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type].
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

// A formatted number in the pieces fill_number writes.
struct Parts {
  bool negative = false;
  std::string_view prefix;     // "0x" and friends
  std::string_view digits;     // integer digits, to be grouped
  bool has_decimal = false;
  std::string_view remainder;  // after the point (or all of "inf", "nan", a 'c' character)
  std::size_t remainder_chars = 0;
};

// parse_internal_render_format_spec: `default_type` is 'd' for ints, 0 for floats.
NumResult<Spec> parse_spec(std::string_view text, char32_t default_type, std::string_view type_name);

// "Unknown format code 'q' for object of type 'float'".
NumError unknown_code(char32_t type, std::string_view type_name);
NumError value_error(std::string message);

// calc_number_widths + fill_number: sign, prefix, padding, grouping. `locale_n` for the 'n'
// type (C locale: no grouping). Memory past limits.max_length.
NumResult<std::string> render(const Spec& spec, const Parts& parts, bool locale_n, const FormatLimits& limits);

}  // namespace py::format_detail
