// int(text, base) and int literals in source, as CPython 3.11 parses them.
#pragma once

#include <cstdint>
#include <string_view>

#include "python/bigint.hpp"
#include "python/int_value.hpp"
#include "python/num_error.hpp"

namespace py {

// int(text, base): base 0 or 2..36. Surrounding whitespace, a sign, one underscore between
// digits (and after a base prefix), a "0x"/"0o"/"0b" prefix matching the base, base 0's
// auto-detection (where a decimal with leading zeros must be zero), Unicode decimal digits.
// Failures: IntBaseOutOfRange; IntParse with "invalid literal for int() with base 10: 'abc'"
// (the repr of `text`, cut at 200 characters as CPython does); IntStrDigitsLimit when a
// non-power-of-two base has more than max_str_digits digits (0: no limit), checked before the
// rest of the text as CPython does; Memory past max_limbs.
NumResult<IntValue> parse_int(std::string_view text, int base, std::size_t max_str_digits = kDefaultMaxStrDigits,
                              std::size_t max_limbs = kDefaultMaxLimbs);

// The value of an int literal token the lexer accepted ("1_000", "0x_ff", "0o17", "0b1", "00").
// Fails only with IntStrDigitsLimit for decimal literals over max_str_digits digits; the message
// is CPython's SyntaxError text ("Exceeds the limit ... - Consider hexadecimal for huge integer
// literals to avoid decimal conversion limits.").
NumResult<IntValue> parse_int_literal(std::string_view token, std::size_t max_str_digits = kDefaultMaxStrDigits,
                                      std::size_t max_limbs = kDefaultMaxLimbs);

}  // namespace py
