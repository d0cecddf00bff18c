// Gamma and log-gamma computed as CPython's math module does (Lanczos' approximation with
// Boost's parameters), so results match CPython's to the bit rather than the C library's.
#pragma once

namespace py {

// Gamma(x) for finite x that is not zero or a negative integer (the caller reports those).
double lanczos_gamma(double x);
// log|Gamma(x)| for finite x that is not zero or a negative integer.
double lanczos_lgamma(double x);

}  // namespace py
