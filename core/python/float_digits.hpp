// Decimal digits of a finite double, as David Gay's dtoa produces them for CPython's float
// formatting: mode 0 (shortest round trip, for repr), mode 2 (n significant digits, for 'e' and
// 'g') and mode 3 (n digits after the point, for 'f').
//
// Mode 0 is Ulf Adams' Ryu (PLDI 2018): libc++ 13, which Emscripten 3.1.6 ships, has no
// floating-point std::to_chars, and trying precisions 1..17 through snprintf and strtod costs
// microseconds per repr. Modes 2 and 3 use snprintf("%.*e"/"%.*f"), which glibc and musl (the
// Emscripten libc) print exactly, rounding half to even like dtoa.
#pragma once

#include <cstdint>
#include <string>

namespace py {

struct DecimalDigits {
  // Significant digits without leading or trailing zeros: value = 0.DIGITS × 10**decpt.
  // Zero is "0" with decpt 1; a mode-3 result that rounds to zero is "" with decpt -ndigits.
  std::string digits;
  int decpt = 0;
  bool negative = false;
};

// Mode 0. x must be finite.
void shortest_digits(double x, DecimalDigits& out);
// Writes the shortest round-trip digits of finite x != 0 into buf (at most 17 chars, no
// terminator), returns their count and sets decpt; the sign is ignored. For repr's fast path.
int shortest_digits(double x, char* buf, int& decpt);
// Mode 2: `ndigits` >= 1 significant digits, correctly rounded. x must be finite.
void significant_digits(double x, int ndigits, DecimalDigits& out);
// Mode 3: rounded to `ndigits` >= 0 places after the decimal point. x must be finite.
void fixed_digits(double x, int ndigits, DecimalDigits& out);

}  // namespace py
