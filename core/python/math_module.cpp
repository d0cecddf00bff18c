// The math module's float functions, with CPython's error rules: a NaN out of a non-NaN input is
// a ValueError ("math domain error"), an infinity out of a finite input is an OverflowError
// ("math range error") for functions that can overflow and a ValueError for the others.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/math_gamma.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

Value domain_error() { return raise_value_error("math domain error"); }
Value range_error() { return raise(overflow_error_type, "math range error"); }

// ---- one-argument functions (CPython's math_1) ----

// What an infinite result from a finite argument means.
enum class OnInfinity { kRangeError, kDomainError, kReturnIt };

struct UnaryMath {
  const char* qualname;  // "math.sqrt": argument errors print it
  double (*fn)(double);
  OnInfinity on_infinity;
};

constexpr UnaryMath kUnary[] = {
    {"math.sqrt", [](double x) { return std::sqrt(x); }, OnInfinity::kDomainError},
    {"math.exp", [](double x) { return std::exp(x); }, OnInfinity::kRangeError},
    {"math.exp2", [](double x) { return std::exp2(x); }, OnInfinity::kRangeError},
    {"math.expm1", [](double x) { return std::expm1(x); }, OnInfinity::kRangeError},
    {"math.cbrt", [](double x) { return std::cbrt(x); }, OnInfinity::kDomainError},
    {"math.sin", [](double x) { return std::sin(x); }, OnInfinity::kDomainError},
    {"math.cos", [](double x) { return std::cos(x); }, OnInfinity::kDomainError},
    {"math.tan", [](double x) { return std::tan(x); }, OnInfinity::kDomainError},
    {"math.asin", [](double x) { return std::asin(x); }, OnInfinity::kDomainError},
    {"math.acos", [](double x) { return std::acos(x); }, OnInfinity::kDomainError},
    {"math.atan", [](double x) { return std::atan(x); }, OnInfinity::kDomainError},
    {"math.sinh", [](double x) { return std::sinh(x); }, OnInfinity::kRangeError},
    {"math.cosh", [](double x) { return std::cosh(x); }, OnInfinity::kRangeError},
    {"math.tanh", [](double x) { return std::tanh(x); }, OnInfinity::kDomainError},
    {"math.asinh", [](double x) { return std::asinh(x); }, OnInfinity::kDomainError},
    {"math.acosh", [](double x) { return std::acosh(x); }, OnInfinity::kDomainError},
    {"math.atanh", [](double x) { return std::fabs(x) >= 1.0 ? NAN : std::atanh(x); }, OnInfinity::kDomainError},
    {"math.log1p", [](double x) { return x <= -1.0 ? NAN : std::log1p(x); }, OnInfinity::kDomainError},
    {"math.fabs", [](double x) { return std::fabs(x); }, OnInfinity::kDomainError},
    {"math.erf", [](double x) { return std::erf(x); }, OnInfinity::kDomainError},
    {"math.erfc", [](double x) { return std::erfc(x); }, OnInfinity::kDomainError},
    {"math.degrees", [](double x) { return x * (180.0 / std::numbers::pi); }, OnInfinity::kReturnIt},
    {"math.radians", [](double x) { return x * (std::numbers::pi / 180.0); }, OnInfinity::kReturnIt},
    // Poles and negative integers are domain errors, not overflows.
    {"math.gamma",
     [](double x) -> double {
       if (x == 0 || (x < 0 && x == std::floor(x)) || x == -INFINITY) return NAN;
       return std::isfinite(x) ? lanczos_gamma(x) : x;
     },
     OnInfinity::kRangeError},
    {"math.lgamma",
     [](double x) -> double {
       if (std::isinf(x)) return HUGE_VAL;
       if (x <= 0 && x == std::floor(x)) return NAN;
       return std::isfinite(x) ? lanczos_lgamma(x) : x;
     },
     OnInfinity::kRangeError},
};

Value float_result(double x, double r, OnInfinity on_infinity) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (on_infinity == OnInfinity::kRangeError) return range_error();
    if (on_infinity == OnInfinity::kDomainError) return domain_error();
  }
  return make_float(r);
}

template <std::size_t I>
Value unary_math(const Value&, const Args& args) {
  const UnaryMath& m = kUnary[I];
  double x;
  if (!check_one_arg(args, m.qualname) || !to_double(args[0], x)) return nullptr;
  return float_result(x, m.fn(x), m.on_infinity);
}

template <std::size_t... I>
void add_unary_functions(ModuleObject& math, std::index_sequence<I...>) {
  (add_functions(math, {{kUnary[I].qualname + 5, unary_math<I>}}), ...);
}

// ---- logarithms: ints too large for a float still have a logarithm ----

// log(x) for x a float or int; big ints as m * 2**e with m in [0.5, 1), as CPython's loghelper.
bool log_of(const Value& v, double (*fn)(double), double& out) {
  if (is_int(v) && !v.is_small_int()) {
    const BigInt& big = static_cast<IntObject*>(v.object())->value;
    if (big.signum() <= 0) {
      domain_error();
      return false;
    }
    std::uint64_t bits = big.bit_length();
    if (bits > 1000) {
      double top = big.shr(bits - 55).to_double().value();  // 55 bits: a double rounds them exactly once
      out = fn(std::ldexp(top, -55)) + fn(2.0) * static_cast<double>(bits);
      return true;
    }
  }
  double x;
  if (!to_double(v, x)) return false;
  if (!(x > 0) && !std::isnan(x)) {
    domain_error();
    return false;
  }
  out = fn(x);
  return true;
}

template <double (*Fn)(double)>
Value log_function(const char* qualname, const Args& args) {
  double r;
  if (!check_one_arg(args, qualname) || !log_of(args[0], Fn, r)) return nullptr;
  return make_float(r);
}

double natural_log(double x) { return std::log(x); }
double log_base2(double x) { return std::log2(x); }
double log_base10(double x) { return std::log10(x); }

Value math_log(const Value&, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "math.log")) return nullptr;
  if (args.size() < 1 || args.size() > 2) return raise_type_error("math.log requires 1 to 2 arguments");
  double num;
  if (!log_of(args[0], natural_log, num)) return nullptr;
  if (args.size() == 1) return make_float(num);
  double den;
  if (!log_of(args[1], natural_log, den)) return nullptr;
  if (den == 0) return raise(zero_division_error_type, "float division by zero");
  return make_float(num / den);
}

Value math_log2(const Value&, const Args& args) { return log_function<log_base2>("math.log2", args); }
Value math_log10(const Value&, const Args& args) { return log_function<log_base10>("math.log10", args); }

// ---- rounding to ints ----

Value float_to_python_int(double x) {
  BigInt big;
  if (!unwrap(BigInt::from_double(x), big)) return nullptr;
  return int_from_bigint(std::move(big));
}

// floor() and ceil(): ints as they are, floats rounded, other objects through their dunder.
Value round_to_int(const Args& args, const char* qualname, const char* dunder, double (*fn)(double)) {
  if (!check_one_arg(args, qualname)) return nullptr;
  const Value& x = args[0];
  if (is_int(x)) return int_from_value(int_value_of(x));
  if (!is_float(x)) {
    if (Value method = lookup_special(x, dunder)) return call(method, {x});
    if (error_occurred()) return nullptr;
  }
  double d;
  if (!to_double(x, d)) return nullptr;
  return float_to_python_int(fn(d));
}

double floor_double(double x) { return std::floor(x); }
double ceil_double(double x) { return std::ceil(x); }

Value math_floor(const Value&, const Args& args) { return round_to_int(args, "math.floor", "__floor__", floor_double); }
Value math_ceil(const Value&, const Args& args) { return round_to_int(args, "math.ceil", "__ceil__", ceil_double); }

Value math_trunc(const Value&, const Args& args) {
  if (!check_one_arg(args, "math.trunc")) return nullptr;
  const Value& x = args[0];
  if (is_float(x)) return float_to_python_int(std::trunc(float_value_of(x)));
  if (is_int(x)) return int_from_value(int_value_of(x));
  if (Value method = lookup_special(x, "__trunc__")) return call(method, {x});
  if (error_occurred()) return nullptr;
  return raise_format(type_error_type, "type %s doesn't define __trunc__ method", x.type()->name.c_str());
}

// ---- two-argument functions ----

bool two_doubles(const Args& args, const char* fname, double& x, double& y) {
  return check_positional(args, fname, 2, 2) && to_double(args[0], x) && to_double(args[1], y);
}

Value math_atan2(const Value&, const Args& args) {
  double y, x;
  if (!two_doubles(args, "atan2", y, x)) return nullptr;
  return make_float(std::atan2(y, x));
}

Value math_copysign(const Value&, const Args& args) {
  double x, y;
  if (!two_doubles(args, "copysign", x, y)) return nullptr;
  return make_float(std::copysign(x, y));
}

Value math_remainder(const Value&, const Args& args) {
  double x, y;
  if (!two_doubles(args, "remainder", x, y)) return nullptr;
  return float_result(x, std::remainder(x, y), OnInfinity::kDomainError);
}

Value math_nextafter(const Value&, const Args& args) {
  double x, y;
  if (!two_doubles(args, "nextafter", x, y)) return nullptr;
  return make_float(std::nextafter(x, y));
}

Value math_fmod(const Value&, const Args& args) {
  double x, y;
  if (!two_doubles(args, "fmod", x, y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return make_float(r);
}

// math.pow follows C99's Annex F for infinities and NaNs, then libm.
Value math_pow(const Value&, const Args& args) {
  double x, y;
  if (!two_doubles(args, "pow", x, y)) return nullptr;
  if (std::isfinite(x) && std::isfinite(y)) {
    double r = std::pow(x, y);
    if (std::isnan(r)) return domain_error();
    if (std::isinf(r)) return x == 0 ? domain_error() : range_error();
    return make_float(r);
  }
  double r;
  if (std::isnan(x)) {
    r = y == 0 ? 1.0 : x;
  } else if (std::isnan(y)) {
    r = x == 1.0 ? 1.0 : y;
  } else if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    r = y > 0 ? (odd_y ? x : std::fabs(x)) : y == 0 ? 1.0 : (odd_y ? std::copysign(0.0, x) : 0.0);
  } else {  // y is infinite
    double ax = std::fabs(x);
    r = ax == 1.0 ? 1.0 : (y > 0 && ax > 1.0) ? y : (y < 0 && ax < 1.0) ? -y : 0.0;
  }
  return make_float(r);
}

Value math_ldexp(const Value&, const Args& args) {
  double x;
  if (!check_positional(args, "ldexp", 2, 2) || !to_double(args[0], x)) return nullptr;
  if (!is_int(args[1])) return raise_type_error("Expected an int as second argument to ldexp.");
  IntValue e = int_value_of(args[1]);
  // Exponents beyond any double's range saturate: the result is 0 or overflows either way.
  constexpr std::int64_t kClamp = 1 << 20;
  std::int64_t exp = e.is_big ? (e.big.is_negative() ? -kClamp : kClamp) : std::clamp(e.small, -kClamp, kClamp);
  if (x == 0 || !std::isfinite(x)) return make_float(x);
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) return range_error();
  return make_float(r);
}

Value math_frexp(const Value&, const Args& args) {
  double x;
  if (!check_one_arg(args, "math.frexp") || !to_double(args[0], x)) return nullptr;
  int e = 0;
  double m = (x == 0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
  return make_tuple({make_float(m), Value::small_int(e)});
}

Value math_modf(const Value&, const Args& args) {
  double x;
  if (!check_one_arg(args, "math.modf") || !to_double(args[0], x)) return nullptr;
  if (std::isinf(x)) return make_tuple({make_float(std::copysign(0.0, x)), make_float(x)});
  double whole;
  double frac = std::modf(x, &whole);
  return make_tuple({make_float(frac), make_float(whole)});
}

// ---- predicates ----

template <bool (*Test)(double)>
Value float_predicate(const char* qualname, const Args& args) {
  double x;
  if (!check_one_arg(args, qualname) || !to_double(args[0], x)) return nullptr;
  return py_bool(Test(x));
}

bool finite(double x) { return std::isfinite(x); }
bool infinite(double x) { return std::isinf(x); }
bool not_a_number(double x) { return std::isnan(x); }

Value math_isfinite(const Value&, const Args& args) { return float_predicate<finite>("math.isfinite", args); }
Value math_isinf(const Value&, const Args& args) { return float_predicate<infinite>("math.isinf", args); }
Value math_isnan(const Value&, const Args& args) { return float_predicate<not_a_number>("math.isnan", args); }

Value math_isclose(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "isclose", .names = {"a", "b", "rel_tol", "abs_tol"}, .posonly = 2, .minpos = 2, .maxpos = 2};
  Value bound[4];
  if (!parse_args(args, spec, bound)) return nullptr;
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(bound[0], a) || !to_double(bound[1], b)) return nullptr;
  if (bound[2] && !to_double(bound[2], rel_tol)) return nullptr;
  if (bound[3] && !to_double(bound[3], abs_tol)) return nullptr;
  if (rel_tol < 0 || abs_tol < 0) return raise_value_error("tolerances must be non-negative");
  if (a == b) return py_bool(true);
  if (std::isinf(a) || std::isinf(b)) return py_bool(false);
  double diff = std::fabs(b - a);
  return py_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

// ---- sums and norms ----

// Shewchuk's exact summation with CPython's final rounding correction (msum).
Value math_fsum(const Value&, const Args& args) {
  if (!check_one_arg(args, "math.fsum")) return nullptr;
  Value it = get_iter(args[0]);
  if (!it) return nullptr;
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  while (Value item = iter_next(it)) {
    double x;
    if (!to_double(item, x)) return nullptr;
    double original = x;
    std::size_t n = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[n++] = lo;
      x = hi;
    }
    partials.resize(n);
    if (x == 0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // An infinity or NaN: an overflow of finite inputs is an error; special inputs sum apart.
    if (std::isfinite(original)) return raise(overflow_error_type, "intermediate overflow in fsum");
    if (std::isinf(original)) inf_sum += original;
    special_sum += original;
    partials.clear();
  }
  if (error_occurred()) return nullptr;
  if (special_sum != 0) {
    if (std::isnan(inf_sum)) return raise_value_error("-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0, lo = 0;
  std::size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0) break;
    }
    // Round half-even correctly when the rest of the partials push the tie one way.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return make_float(hi);
}

// CPython's vector_norm: the squares of the coordinates, scaled by the largest one's power of
// two, summed in double-length arithmetic, then one Newton correction of the square root. The
// result is the correctly rounded norm in nearly every case, and the same bits as CPython's.
struct DoubleLength {
  double hi;
  double lo;
};

DoubleLength exact_sum(double a, double b) {  // requires |a| >= |b|
  double sum = a + b;
  return {sum, b - (sum - a)};
}

DoubleLength exact_product(double x, double y) {
  double product = x * y;
  return {product, std::fma(x, y, -product)};
}

double vector_norm(std::vector<double> coords) {
  double max = 0;
  bool found_nan = false;
  for (double& x : coords) {
    x = std::fabs(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || coords.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormal: ldexp(1.0, -max_e) would overflow, so rescale first
    for (double& x : coords) x /= DBL_MIN;
    return DBL_MIN * vector_norm(std::move(coords));
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  auto accumulate = [&](DoubleLength product) {
    DoubleLength sum = exact_sum(csum, product.hi);
    csum = sum.hi;
    frac1 += product.lo;
    frac2 += sum.lo;
  };
  for (double x : coords) {
    x *= scale;
    accumulate(exact_product(x, x));
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  accumulate(exact_product(-h, h));
  double residual = csum - 1.0 + (frac1 + frac2);
  h += residual / (2.0 * h);
  return h / scale;
}

bool doubles_of(std::span<const Value> items, std::vector<double>& out) {
  out.resize(items.size());
  for (std::size_t i = 0; i < items.size(); i++) {
    if (!to_double(items[i], out[i])) return false;
  }
  return true;
}

Value math_hypot(const Value&, const Args& args) {
  if (!check_no_kwargs(args, "hypot")) return nullptr;
  std::vector<double> coords;
  if (!doubles_of(args.pos, coords)) return nullptr;
  return make_float(vector_norm(std::move(coords)));
}

Value math_dist(const Value&, const Args& args) {
  if (!check_positional(args, "dist", 2, 2)) return nullptr;
  std::vector<Value> p, q;
  if (!collect(args[0], p) || !collect(args[1], q)) return nullptr;
  if (p.size() != q.size()) return raise_value_error("both points must have the same number of dimensions");
  std::vector<double> ps, qs;
  if (!doubles_of(p, ps) || !doubles_of(q, qs)) return nullptr;
  for (std::size_t i = 0; i < ps.size(); i++) ps[i] -= qs[i];
  return make_float(vector_norm(std::move(ps)));
}

Value math_prod(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "prod", .names = {"iterable", "start"}, .posonly = 1, .minpos = 1, .maxpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value product = bound[1] ? bound[1] : Value::small_int(1);
  Value it = get_iter(bound[0]);
  if (!it) return nullptr;
  while (Value item = iter_next(it)) {
    product = binary_op(product, item, BinaryOp::Mul);
    if (!product) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return product;
}

Value math_ulp(const Value&, const Args& args) {
  double x;
  if (!check_one_arg(args, "math.ulp") || !to_double(args[0], x)) return nullptr;
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return make_float(x - std::nextafter(x, -INFINITY));
  return make_float(next - x);
}

}  // namespace

Ref<ModuleObject> make_math_module() {
  Ref<ModuleObject> math = make_module("math");
  add_value(*math, "pi", make_float(std::numbers::pi));
  add_value(*math, "e", make_float(std::numbers::e));
  add_value(*math, "tau", make_float(2 * std::numbers::pi));
  add_value(*math, "inf", make_float(INFINITY));
  add_value(*math, "nan", make_float(NAN));
  add_unary_functions(*math, std::make_index_sequence<std::size(kUnary)>());
  add_functions(*math, {
                           {"log", math_log},
                           {"log2", math_log2},
                           {"log10", math_log10},
                           {"floor", math_floor},
                           {"ceil", math_ceil},
                           {"trunc", math_trunc},
                           {"atan2", math_atan2},
                           {"copysign", math_copysign},
                           {"remainder", math_remainder},
                           {"nextafter", math_nextafter},
                           {"fmod", math_fmod},
                           {"pow", math_pow},
                           {"ldexp", math_ldexp},
                           {"frexp", math_frexp},
                           {"modf", math_modf},
                           {"isfinite", math_isfinite},
                           {"isinf", math_isinf},
                           {"isnan", math_isnan},
                           {"isclose", math_isclose},
                           {"fsum", math_fsum},
                           {"hypot", math_hypot},
                           {"dist", math_dist},
                           {"prod", math_prod},
                           {"ulp", math_ulp},
                       });
  add_math_integer_functions(*math);
  return math;
}

}  // namespace py
