// The Lanczos sum L_g(x) with N = 13, g = 6.024680040776729583740234375 as a rational function,
// its reflection formula for negative x, and exact values for small integers: the method of
// CPython's Modules/mathmodule.c (m_tgamma, m_lgamma).
#include "python/math_gamma.hpp"

#include <cmath>
#include <numbers>

namespace py {
namespace {

constexpr int kTerms = 13;
constexpr double kG = 6.024680040776729583740234375;
constexpr double kGMinusHalf = 5.524680040776729583740234375;
constexpr double kNumerator[kTerms] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// x * (x + 1) * ... * (x + kTerms - 2), as polynomial coefficients.
constexpr double kDenominator[kTerms] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                         45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                         1925.0,     66.0,       1.0};
constexpr int kExactIntegers = 23;
constexpr double kFactorials[kExactIntegers] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0, den = 0;
  // Large x: evaluate in 1/x to avoid overflow (and lose less accuracy).
  if (x < 5.0) {
    for (int i = kTerms; --i >= 0;) {
      num = num * x + kNumerator[i];
      den = den * x + kDenominator[i];
    }
  } else {
    for (int i = 0; i < kTerms; i++) {
      num = num / x + kNumerator[i];
      den = den / x + kDenominator[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate near integers.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(std::numbers::pi * y); break;
    case 1: r = std::cos(std::numbers::pi * (y - 0.5)); break;
    case 2: r = std::sin(std::numbers::pi * (1.0 - y)); break;
    case 3: r = -std::cos(std::numbers::pi * (y - 1.5)); break;
    default: r = std::sin(std::numbers::pi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

}  // namespace

double lanczos_gamma(double x) {
  if (x == std::floor(x) && x > 0 && x <= kExactIntegers) return kFactorials[static_cast<int>(x) - 1];
  double absx = std::fabs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
  double y = absx + kGMinusHalf;
  // The rounding error of y, to correct pow(y, absx - 0.5) / exp(y) with.
  double z = absx > kGMinusHalf ? (y - absx) - kGMinusHalf : (y - kGMinusHalf) - absx;
  z = z * kG / y;
  double r;
  if (x < 0) {
    r = -std::numbers::pi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

double lanczos_lgamma(double x) {
  if (x == std::floor(x) && x <= 2.0) return 0.0;  // lgamma(1) == lgamma(2) == 0
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kG;
  r += (absx - 0.5) * (std::log(absx + kG - 0.5) - 1);
  if (x < 0) r = std::log(std::numbers::pi) - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  return r;
}

}  // namespace py
