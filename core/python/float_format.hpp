// repr(float) and CPython's PyOS_double_to_string, the layout under str(), repr(), format()
// and %-formatting of floats.
#pragma once

#include <string>

namespace py {

// repr(x) == str(x): shortest round-trip digits; exponent notation when the decimal exponent is
// < -4 or >= 16 ("1e-05", "1e+16", "0.0001", "1234567890123456.0"); "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);
void append_float_repr(std::string& out, double x);

// Flags of PyOS_double_to_string.
enum DoubleToStringFlags : unsigned {
  kDtsSign = 1,      // always a sign: "+1.0"
  kDtsAddDot0 = 2,   // never look like an int: "1.0" rather than "1"
  kDtsAlt = 4,       // '#': keep the point and trailing zeros
  kDtsNoNeg0 = 8,    // 'z': a result that rounds to zero loses its minus sign
};

// PyOS_double_to_string: code is 'e', 'E', 'f', 'F', 'g', 'G' (with precision) or 'r' (repr;
// precision ignored). Infinities and NaN are "inf"/"nan" ("INF"/"NAN" for upper-case codes).
std::string double_to_string(double x, char code, int precision, unsigned flags);

}  // namespace py
