// The math module's integer functions: factorial, gcd, lcm, comb, perm, isqrt. Arguments go
// through __index__ (floats are rejected, as CPython), results are exact.
#include <algorithm>
#include <numeric>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

// An int argument as a BigInt, through __index__.
bool index_bigint(const Value& v, BigInt& out) {
  Value index = v;
  if (!is_int(v)) {
    Value method = lookup_special(v, "__index__");
    if (!method) {
      if (!error_occurred()) {
        raise_format(type_error_type, "'%s' object cannot be interpreted as an integer", v.type()->name.c_str());
      }
      return false;
    }
    index = call(method, {v});
    if (!index) return false;
    if (!is_int(index)) {
      raise_format(type_error_type, "__index__ returned non-int (type %s)", index.type()->name.c_str());
      return false;
    }
  }
  out = int_value_of(index).to_bigint();
  return true;
}

bool multiply(BigInt& acc, const BigInt& by) { return unwrap(BigInt::mul(acc, by), acc); }

BigInt gcd_of(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    if (a.fits_uint64() && b.fits_uint64()) return BigInt::from_uint64(std::gcd(a.to_uint64(), b.to_uint64()));
    BigInt r = std::move(BigInt::mod(a, b).value());  // b is non-zero: mod cannot fail
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

Value math_gcd(const Value&, const Args& args) {
  if (!check_no_kwargs(args, "math.gcd")) return nullptr;
  BigInt result;
  for (const Value& v : args.pos) {
    BigInt x;
    if (!index_bigint(v, x)) return nullptr;
    result = gcd_of(std::move(result), std::move(x));
  }
  return int_from_bigint(std::move(result));
}

Value math_lcm(const Value&, const Args& args) {
  if (!check_no_kwargs(args, "math.lcm")) return nullptr;
  BigInt result(1);
  for (const Value& v : args.pos) {
    BigInt x;
    if (!index_bigint(v, x)) return nullptr;
    if (result.is_zero() || x.is_zero()) {
      result = BigInt();
      continue;
    }
    BigInt g = gcd_of(result, x);
    BigInt quotient = std::move(BigInt::floordiv(result, g).value());  // g divides result
    if (!multiply(quotient, x.abs())) return nullptr;
    result = quotient.abs();
  }
  return int_from_bigint(std::move(result));
}

Value math_factorial(const Value&, const Args& args) {
  if (!check_one_arg(args, "math.factorial")) return nullptr;
  std::int64_t n;
  if (!to_index(args[0], n)) return nullptr;
  if (n < 0) return raise_value_error("factorial() not defined for negative values");
  BigInt result(1);
  // Multiply word-sized partial products first: far fewer big multiplications.
  std::uint64_t chunk = 1;
  for (std::int64_t i = 2; i <= n; i++) {
    auto k = static_cast<std::uint64_t>(i);
    if (chunk > UINT64_MAX / k) {
      // A Ctrl+C stops a huge factorial, which may multiply for minutes.
      if (vm_raise_if_interrupted() || !multiply(result, BigInt::from_uint64(chunk))) return nullptr;
      chunk = 1;
    }
    chunk *= k;
  }
  if (!multiply(result, BigInt::from_uint64(chunk))) return nullptr;
  return int_from_bigint(std::move(result));
}

// comb(n, k) and perm(n, k): the two share their argument rules.
struct Choice {
  BigInt n;
  BigInt k;
};

bool parse_choice(const Args& args, const char* fname, std::size_t min_args, Choice& out) {
  if (!check_positional(args, fname, min_args, 2) || !index_bigint(args[0], out.n)) return false;
  if (args.size() == 2 && !index_bigint(args[1], out.k)) return false;
  if (out.n.is_negative()) {
    raise_value_error("n must be a non-negative integer");
    return false;
  }
  if (args.size() == 2 && out.k.is_negative()) {
    raise_value_error("k must be a non-negative integer");
    return false;
  }
  return true;
}

// n * (n-1) * ... * (n-k+1), dividing by 1..k along the way when `divide` (comb).
Value falling_product(const BigInt& n, const BigInt& k, bool divide, const char* what) {
  if (!k.fits_int64()) return raise_format(overflow_error_type, "%s must not exceed %lld", what, static_cast<long long>(INT64_MAX));
  std::int64_t count = k.to_int64();
  BigInt result(1);
  for (std::int64_t i = 0; i < count; i++) {
    if (!multiply(result, n - BigInt(i))) return nullptr;
    if (divide) result = std::move(BigInt::floordiv(result, BigInt(i + 1)).value());
  }
  return int_from_bigint(std::move(result));
}

Value math_comb(const Value&, const Args& args) {
  Choice c;
  if (!parse_choice(args, "comb", 2, c)) return nullptr;
  if (c.k > c.n) return Value::small_int(0);
  BigInt other = c.n - c.k;
  return falling_product(c.n, std::min(c.k, other), true, "min(n - k, k)");
}

Value math_perm(const Value&, const Args& args) {
  Choice c;
  if (!parse_choice(args, "perm", 1, c)) return nullptr;
  if (args.size() == 1) c.k = c.n;
  if (c.k > c.n) return Value::small_int(0);
  return falling_product(c.n, c.k, false, "k");
}

// The integer square root by Newton's method from an upper bound.
Value math_isqrt(const Value&, const Args& args) {
  BigInt n;
  if (!check_one_arg(args, "math.isqrt") || !index_bigint(args[0], n)) return nullptr;
  if (n.is_negative()) return raise_value_error("isqrt() argument must be nonnegative");
  if (n.is_zero()) return Value::small_int(0);
  BigInt x;
  if (!unwrap(BigInt(1).shl((n.bit_length() + 1) / 2), x)) return nullptr;
  for (;;) {
    BigInt y = (x + std::move(BigInt::floordiv(n, x).value())).shr(1);
    if (y >= x) break;
    x = std::move(y);
  }
  return int_from_bigint(std::move(x));
}

}  // namespace

void add_math_integer_functions(ModuleObject& math) {
  add_functions(math, {
                          {"gcd", math_gcd},
                          {"lcm", math_lcm},
                          {"factorial", math_factorial},
                          {"comb", math_comb},
                          {"perm", math_perm},
                          {"isqrt", math_isqrt},
                      });
}

}  // namespace py
