// The random module: random.Random's methods follow Lib/random.py step by step (randrange via
// _randbelow's rejection sampling, shuffle, sample's two strategies, choices' bisection), since
// the sequence of draws is what makes the results match CPython's.
#include "python/random_module.hpp"

#include <bit>
#include <cmath>
#include <numbers>
#include <random>
#include <unordered_set>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* random_type = nullptr;

namespace {

MersenneTwister& generator_of(const Value& self) { return static_cast<RandomObject*>(self.object())->generator; }

void seed_from_entropy(MersenneTwister& mt) {
  std::random_device device;
  std::uint32_t key[MersenneTwister::kWords];
  for (std::uint32_t& word : key) word = device();
  mt.seed_words(key);
}

bool seed_from_value(MersenneTwister& mt, const Value& a) {
  if (!a || is_none(a)) {
    seed_from_entropy(mt);
    return true;
  }
  BigInt n;
  if (is_int(a)) {
    n = int_value_of(a).to_bigint();
  } else if (is_float(a)) {
    std::int64_t h;  // CPython seeds other hashable values with their hash
    if (!hash(a, h)) return false;
    n = BigInt(h);
  } else {
    raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  n = n.abs();
  mt.seed_words(n.limbs());
  return true;
}

// getrandbits(k) as a Python int.
Value random_bits_value(MersenneTwister& mt, std::uint64_t k) {
  if (k <= 32) return Value::small_int(k == 0 ? 0 : mt.next_uint32() >> (32 - k));
  std::vector<std::uint32_t> words = mt.random_bits(k);
  return int_from_bigint(BigInt::from_limbs(words, false));
}

// _randbelow_with_getrandbits: a uniform int in [0, n) for n > 0, by rejection.
std::int64_t random_below(MersenneTwister& mt, std::int64_t n) {
  int k = std::bit_width(static_cast<std::uint64_t>(n));
  for (;;) {
    std::int64_t r;
    if (k <= 32) {
      r = mt.next_uint32() >> (32 - k);
    } else {
      std::uint32_t low = mt.next_uint32();
      r = static_cast<std::int64_t>((static_cast<std::uint64_t>(mt.next_uint32() >> (64 - k)) << 32) | low);
    }
    if (r < n) return r;
  }
}

BigInt random_below(MersenneTwister& mt, const BigInt& n) {
  if (n.fits_int64()) return BigInt(random_below(mt, n.to_int64()));
  std::uint64_t k = n.bit_length();
  for (;;) {
    BigInt r = BigInt::from_limbs(mt.random_bits(k), false);
    if (r < n) return r;
  }
}

// randrange's arguments: ints, or integral floats (deprecated in 3.10, still accepted in 3.11).
bool range_argument(const Value& v, const char* which, BigInt& out) {
  if (is_int(v)) {
    out = int_value_of(v).to_bigint();
    return true;
  }
  std::int64_t index;
  if (!is_float(v)) {
    if (!to_index(v, index)) return false;
    out = BigInt(index);
    return true;
  }
  double d = float_value_of(v);
  if (d != std::trunc(d) || !std::isfinite(d)) {
    raise_format(value_error_type, "non-integer %s for randrange()", which);
    return false;
  }
  return unwrap(BigInt::from_double(d), out);
}

std::string decimal(const BigInt& n) { return n.to_decimal().value(); }

Value randrange(MersenneTwister& mt, const Value& start, const Value& stop, const Value& step) {
  BigInt istart;
  if (!range_argument(start, "arg 1", istart)) return nullptr;
  if (!stop || is_none(stop)) {
    if (step) return raise_type_error("Missing a non-None stop argument");
    if (istart.signum() > 0) return int_from_bigint(random_below(mt, istart));
    return raise_value_error("empty range for randrange()");
  }
  BigInt istop;
  if (!range_argument(stop, "stop", istop)) return nullptr;
  BigInt width = istop - istart;
  BigInt istep(1);
  if (step && !range_argument(step, "step", istep)) return nullptr;
  if (istep == BigInt(1)) {
    if (width.signum() > 0) return int_from_bigint(istart + random_below(mt, width));
    return raise_value_error("empty range for randrange() (" + decimal(istart) + ", " + decimal(istop) + ", " +
                             decimal(width) + ")");
  }
  if (istep.is_zero()) return raise_value_error("zero step for randrange()");
  BigInt n = std::move(BigInt::floordiv(width + istep + BigInt(istep.signum() > 0 ? -1 : 1), istep).value());
  if (n.signum() <= 0) return raise_value_error("empty range for randrange()");
  BigInt offset;
  if (!unwrap(BigInt::mul(istep, random_below(mt, n)), offset)) return nullptr;
  return int_from_bigint(istart + offset);
}

// ---- methods (self is a Random instance; the module's functions are bound to one) ----

Value random_random(const Value& self, const Args& args) {
  if (!check_no_args(args, "random")) return nullptr;
  return make_float(generator_of(self).next_double());
}

Value random_seed(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "seed", .names = {"a", "version"}};
  Value bound[2];
  if (!parse_args(args, spec, bound) || !seed_from_value(generator_of(self), bound[0])) return nullptr;
  static_cast<RandomObject*>(self.object())->gauss_next.reset();
  return none();
}

Value random_getrandbits(const Value& self, const Args& args) {
  std::int64_t k;
  if (!check_one_arg(args, "getrandbits") || !to_index(args[0], k)) return nullptr;
  if (k < 0) return raise_value_error("number of bits must be non-negative");
  return random_bits_value(generator_of(self), static_cast<std::uint64_t>(k));
}

Value random_randrange(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "randrange", .names = {"start", "stop", "step"}, .minpos = 1};
  Value bound[3];
  if (!parse_args(args, spec, bound)) return nullptr;
  return randrange(generator_of(self), bound[0], bound[1], bound[2]);
}

Value random_randint(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "randint", .names = {"a", "b"}, .minpos = 2};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value stop = binary_op(bound[1], Value::small_int(1), BinaryOp::Add);
  if (!stop) return nullptr;
  return randrange(generator_of(self), bound[0], stop, Value());
}

Value random_choice(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "choice", .names = {"seq"}, .minpos = 1};
  Value bound[1];
  std::int64_t n;
  if (!parse_args(args, spec, bound) || !length(bound[0], n)) return nullptr;
  if (n == 0) return raise_index_error("Cannot choose from an empty sequence");
  return get_item(bound[0], Value::small_int(random_below(generator_of(self), n)));
}

Value random_shuffle(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "shuffle", .names = {"x"}, .minpos = 1};
  Value bound[1];
  std::int64_t n;
  if (!parse_args(args, spec, bound) || !length(bound[0], n)) return nullptr;
  const Value& x = bound[0];
  MersenneTwister& mt = generator_of(self);
  for (std::int64_t i = n - 1; i > 0; i--) {
    std::int64_t j = random_below(mt, i + 1);
    if (is_list(x) && static_cast<std::int64_t>(as_list(x)->items.size()) == n) {
      std::swap(as_list(x)->items[i], as_list(x)->items[j]);
      continue;
    }
    Value a = get_item(x, Value::small_int(j));
    Value b = a ? get_item(x, Value::small_int(i)) : Value();
    if (!b || !set_item(x, Value::small_int(i), a) || !set_item(x, Value::small_int(j), b)) return nullptr;
  }
  return none();
}

Value random_uniform(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "uniform", .names = {"a", "b"}, .minpos = 2};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value width = binary_op(bound[1], bound[0], BinaryOp::Sub);
  Value scaled = width ? binary_op(width, make_float(generator_of(self).next_double()), BinaryOp::Mul) : Value();
  return scaled ? binary_op(bound[0], scaled, BinaryOp::Add) : Value();
}

// mu and sigma of gauss() and normalvariate(): floats, defaulting to 0.0 and 1.0.
bool distribution_parameters(const Args& args, const char* fname, double& mu, double& sigma) {
  const ArgSpec spec{.fname = fname, .names = {"mu", "sigma"}};
  Value bound[2];
  mu = 0.0;
  sigma = 1.0;
  return parse_args(args, spec, bound) && (!bound[0] || to_double(bound[0], mu)) && (!bound[1] || to_double(bound[1], sigma));
}

// Lib/random.py's gauss: the Box-Muller transform, keeping the second deviate for the next call.
Value random_gauss(const Value& self, const Args& args) {
  double mu, sigma;
  if (!distribution_parameters(args, "gauss", mu, sigma)) return nullptr;
  auto* r = static_cast<RandomObject*>(self.object());
  double z;
  if (r->gauss_next) {
    z = *r->gauss_next;
    r->gauss_next.reset();
  } else {
    double x2pi = r->generator.next_double() * 2 * std::numbers::pi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->generator.next_double()));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = std::sin(x2pi) * g2rad;
  }
  return make_float(mu + z * sigma);
}

// Lib/random.py's normalvariate: Kinderman and Monahan's ratio method.
Value random_normalvariate(const Value& self, const Args& args) {
  double mu, sigma;
  if (!distribution_parameters(args, "normalvariate", mu, sigma)) return nullptr;
  static const double kMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  MersenneTwister& mt = generator_of(self);
  double z;
  for (;;) {
    double u1 = mt.next_double();
    double u2 = 1.0 - mt.next_double();
    z = kMagic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -std::log(u2)) break;
  }
  return make_float(mu + z * sigma);
}

Value random_expovariate(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "expovariate", .names = {"lambd"}, .minpos = 1};
  Value bound[1];
  double lambd;
  if (!parse_args(args, spec, bound) || !to_double(bound[0], lambd)) return nullptr;
  if (lambd == 0) return raise(zero_division_error_type, "float division by zero");
  return make_float(-std::log(1.0 - generator_of(self).next_double()) / lambd);
}

// What sample() accepts as a population: an indexable sized container that is not a mapping
// (collections.abc.Sequence's registered types in practice: list, tuple, str, range, deque).
bool is_sequence(const Value& v) {
  Type* t = v.type();
  return t->getitem != nullptr && t->len != nullptr && !(t->flags & Type::kIsDictSubclass);
}

Value random_sample(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "sample", .names = {"population", "k", "counts"}, .minpos = 2, .maxpos = 2};
  Value bound[3];
  if (!parse_args(args, spec, bound)) return nullptr;
  const Value& population = bound[0];
  if (!is_sequence(population)) {
    return raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  if (bound[2] && !is_none(bound[2])) return raise_type_error("sample() does not support counts=");
  std::int64_t n, k;
  if (!length(population, n) || !to_index(bound[1], k)) return nullptr;
  if (k < 0 || k > n) return raise_value_error("Sample larger than population or is negative");
  MersenneTwister& mt = generator_of(self);
  std::vector<Value> result;
  result.reserve(static_cast<std::size_t>(k));
  // Lib/random.py picks by a pool for small populations and by rejection with a set otherwise.
  std::int64_t setsize = 21;
  if (k > 5) setsize += static_cast<std::int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<Value> pool;
    if (!collect(population, pool)) return nullptr;
    for (std::int64_t i = 0; i < k; i++) {
      std::int64_t j = random_below(mt, n - i);
      result.push_back(pool[j]);
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<std::int64_t> selected;
    for (std::int64_t i = 0; i < k; i++) {
      std::int64_t j = random_below(mt, n);
      while (selected.count(j)) j = random_below(mt, n);
      selected.insert(j);
      Value item = get_item(population, Value::small_int(j));
      if (!item) return nullptr;
      result.push_back(std::move(item));
    }
  }
  return make_list(std::move(result));
}

// bisect.bisect_right(a, x, 0, hi).
bool bisect_right(const std::vector<Value>& a, const Value& x, std::size_t hi, std::size_t& out) {
  std::size_t lo = 0;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    int less = compare_bool(x, a[mid], CompareOp::Lt);
    if (less < 0) return false;
    if (less) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  out = lo;
  return true;
}

Value random_choices(const Value& self, const Args& args) {
  static const ArgSpec spec{
      .fname = "choices", .names = {"population", "weights", "cum_weights", "k"}, .minpos = 1, .maxpos = 2};
  Value bound[4];
  if (!parse_args(args, spec, bound)) return nullptr;
  const Value& population = bound[0];
  std::int64_t n, k = 1;
  if (!length(population, n) || (bound[3] && !to_index(bound[3], k))) return nullptr;
  MersenneTwister& mt = generator_of(self);
  std::vector<Value> result;
  bool has_weights = bound[1] && !is_none(bound[1]);
  bool has_cum_weights = bound[2] && !is_none(bound[2]);
  if (!has_weights && !has_cum_weights) {
    for (std::int64_t i = 0; i < k; i++) {
      Value item = get_item(population, Value::small_int(static_cast<std::int64_t>(mt.next_double() * static_cast<double>(n))));
      if (!item) return nullptr;
      result.push_back(std::move(item));
    }
    return make_list(std::move(result));
  }
  if (has_weights && has_cum_weights) return raise_type_error("Cannot specify both weights and cumulative weights");
  std::vector<Value> cum_weights;
  if (!collect(has_weights ? bound[1] : bound[2], cum_weights)) return nullptr;
  if (has_weights) {
    for (std::size_t i = 1; i < cum_weights.size(); i++) {
      cum_weights[i] = binary_op(cum_weights[i - 1], cum_weights[i], BinaryOp::Add);
      if (!cum_weights[i]) return nullptr;
    }
  }
  if (static_cast<std::int64_t>(cum_weights.size()) != n) {
    return raise_value_error("The number of weights does not match the population");
  }
  double total;
  if (n == 0) return raise_index_error("list index out of range");
  if (!to_double(cum_weights.back(), total)) return nullptr;
  if (total <= 0) return raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) return raise_value_error("Total of weights must be finite");
  for (std::int64_t i = 0; i < k; i++) {
    std::size_t index;
    if (!bisect_right(cum_weights, make_float(mt.next_double() * total), static_cast<std::size_t>(n - 1), index)) {
      return nullptr;
    }
    Value item = get_item(population, Value::small_int(static_cast<std::int64_t>(index)));
    if (!item) return nullptr;
    result.push_back(std::move(item));
  }
  return make_list(std::move(result));
}

// ---- the type ----

Value random_new(Type* type, const Args&) { return make<RandomObject>(type); }

bool random_init(const Value& self, const Args& args) {
  if (!check_arg_range(args, "Random", 0, 1)) return false;
  return args.size() == 0 || seed_from_value(generator_of(self), args[0]);
}

constexpr FunctionDef kMethods[] = {
    {"random", random_random},       {"seed", random_seed},       {"getrandbits", random_getrandbits},
    {"randrange", random_randrange}, {"randint", random_randint}, {"choice", random_choice},
    {"shuffle", random_shuffle},     {"uniform", random_uniform}, {"sample", random_sample},
    {"choices", random_choices},     {"gauss", random_gauss},     {"normalvariate", random_normalvariate},
    {"expovariate", random_expovariate},
};

}  // namespace

RandomObject::RandomObject(Type* type) : Object(type) { seed_from_entropy(generator); }

void init_random_type() {
  random_type = new_module_type("Random", "random", Type::kBaseType);
  random_type->new_instance = random_new;
  random_type->init = random_init;
  finish_module_type(random_type);
  for (const FunctionDef& m : kMethods) add_method(random_type, m.name, m.fn);
}

Ref<ModuleObject> make_random_module() {
  Ref<ModuleObject> module = make_module("random");
  Value instance = make<RandomObject>(random_type);
  for (const FunctionDef& m : kMethods) add_value(*module, m.name, make_builtin(m.name, m.fn, instance));
  add_value(*module, "Random", Value::borrow(random_type));
  return module;
}

}  // namespace py
