// float(text) and float literals in source, as CPython 3.11 parses them.
#pragma once

#include <string_view>

#include "python/num_error.hpp"

namespace py {

// float(text): surrounding whitespace, a sign, digits with an optional point and exponent, one
// underscore between two digits, Unicode decimal digits, "inf"/"infinity"/"nan" in any case.
// Out-of-range values become ±inf or ±0.0, as in CPython. Fails with FloatParse and CPython's
// "could not convert string to float: 'abc'" (the full repr of `text`).
// Relies on the C library's strtod in the "C" locale (the default: nothing here calls setlocale).
NumResult<double> parse_float(std::string_view text);

// The value of a float literal token the lexer accepted ("1_000.5", "1e1_0", ".5", "5.").
double parse_float_literal(std::string_view token);

}  // namespace py
