// format(x, spec) for floats and ints, the engine behind f-strings and str.format:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], as CPython 3.11's
// Python/formatter_unicode.c parses and lays it out, with its ValueError texts ("Invalid format
// specifier '...' for object of type 'float'", "Unknown format code 'x' for object of type
// 'float'", "Precision not allowed in integer format specifier", ...). Specs and results are
// UTF-8 (a fill may be any character). The 'n' type formats as in the C locale, CPython's
// default: like 'g' / 'd', without grouping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "python/bigint.hpp"
#include "python/num_error.hpp"

namespace py {

struct FormatLimits {
  // CPython's int_max_str_digits for decimal int output (0: no limit).
  std::size_t max_str_digits = kDefaultMaxStrDigits;
  // Longest result, in characters, before failing with Memory: format(1, '2147483648') would
  // otherwise build a 2 GB string in a browser tab.
  std::size_t max_length = std::size_t{1} << 26;
};

// `type_name` is what the error messages call the object ('float', or a subclass's name).
NumResult<std::string> format_float(double x, std::string_view spec, std::string_view type_name = "float",
                                    const FormatLimits& limits = {});

// Integer types b c d o x X n and none; the float types e E f F g G % convert the int to float
// first (IntTooLargeForFloat if it does not fit). 'c' out of range is CharOutOfRange, or
// IntTooLargeForCLong past 64 bits.
NumResult<std::string> format_int(std::int64_t x, std::string_view spec, std::string_view type_name = "int",
                                  const FormatLimits& limits = {});
NumResult<std::string> format_int(const BigInt& x, std::string_view spec, std::string_view type_name = "int",
                                  const FormatLimits& limits = {});

}  // namespace py
