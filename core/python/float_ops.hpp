// Float arithmetic with Python's semantics where it differs from C's: floor division and modulo
// take the divisor's sign, ** has CPython's special cases, round() rounds the decimal value half
// to even, hash() agrees with int hashes for integral values, int/float comparison is exact.
#pragma once

#include <cstdint>
#include <utility>

#include "python/int_value.hpp"
#include "python/num_error.hpp"

namespace py {

// a / b (FloatTrueDivByZero).
NumResult<double> float_truediv(double a, double b);
// a // b, a % b, divmod(a, b): -7.5 % 2 == 0.5, divmod(-7.5, 2) == (-4.0, 0.5)
// (FloatFloorDivByZero, FloatModByZero, FloatDivmodByZero).
NumResult<double> float_floordiv(double a, double b);
NumResult<double> float_mod(double a, double b);
NumResult<std::pair<double, double>> float_divmod(double a, double b);

// a ** b with CPython's special cases: 0.0 ** negative is ZeroToNegativePower, an overflowing
// result is FloatPowOverflow, and a negative base with a non-integral exponent, whose result
// is complex in Python 3, is ComplexResult (complex is not supported; the engine raises
// ValueError("complex numbers are not supported")). An int ** negative int is computed here
// after converting both to float, as CPython does.
NumResult<double> float_pow(double a, double b);

// round(x, ndigits): x rounded to a multiple of 10**-ndigits, half to even on the exact
// decimal value of x (round(2.675, 2) == 2.67, round(0.125, 2) == 0.12); RoundOverflow when
// the result is out of range. Infinities and NaN round to themselves.
NumResult<double> float_round(double x, std::int64_t ndigits);
// round(x): the nearest int, ties to even (FloatInfinityToInt, FloatNanToInt).
NumResult<IntValue> float_round_to_int(double x);
// int(x): truncation toward zero (FloatInfinityToInt, FloatNanToInt).
NumResult<IntValue> float_to_int(double x);

// hash(x) as 64-bit CPython: an integral value hashes like the int, inf as 314159 (-314159),
// other values via their exact binary fraction modulo 2**61 - 1. NaN hashes by identity since
// 3.10: the caller passes the hash it gives the object (CPython: its address rotated by 4 bits).
std::int64_t float_hash(double x, std::int64_t nan_hash);

// Exact comparison of an unboxed int with a float: -1, 0, 1, or 2 when x is NaN.
int compare_int64_with_double(std::int64_t a, double x);

}  // namespace py
