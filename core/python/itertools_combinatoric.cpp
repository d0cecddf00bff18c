// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement, each stepping an index vector in lexicographic order as the
// pure-Python equivalents in the itertools documentation do.
#include <algorithm>
#include <numeric>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

Type* product_type = nullptr;
Type* permutations_type = nullptr;
Type* combinations_type = nullptr;
Type* combinations_with_replacement_type = nullptr;

struct CombinatoricObject : Object {
  using Object::Object;
  std::vector<std::vector<Value>> pools;  // product: one per position; the others: one shared pool
  std::vector<std::size_t> indices;
  std::vector<std::size_t> cycles;        // permutations only
  std::size_t r = 0;
  bool started = false;
  bool done = false;

  Value tuple_of(const std::vector<std::size_t>& picks, std::size_t count) const {
    std::vector<Value> items;
    items.reserve(count);
    for (std::size_t i = 0; i < count; i++) items.push_back(pools.size() == 1 ? pools[0][picks[i]] : pools[i][picks[i]]);
    return make_tuple(std::move(items));
  }
};

CombinatoricObject* as_combinatoric(const Value& v) { return static_cast<CombinatoricObject*>(v.object()); }

// ---- product(*iterables, repeat=1) ----

Value product_new(Type* type, const Args& args) {
  std::int64_t repeat = 1;
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    if (args.kw_names[i]->view() != "repeat") {
      return raise_format(type_error_type, "product() got an unexpected keyword argument '%s'", args.kw_names[i]->text().c_str());
    }
    if (!to_int64(args.kw_values[i], repeat)) return nullptr;
  }
  if (repeat < 0) return raise_value_error("repeat argument cannot be negative");
  Ref<CombinatoricObject> p = make<CombinatoricObject>(type);
  std::vector<std::vector<Value>> distinct;
  for (const Value& iterable : args.pos) {
    distinct.emplace_back();
    if (!collect(iterable, distinct.back())) return nullptr;
  }
  for (std::int64_t k = 0; k < repeat; k++) p->pools.insert(p->pools.end(), distinct.begin(), distinct.end());
  p->r = p->pools.size();
  p->indices.assign(p->r, 0);
  return p;
}

Value product_next(const Value& self) {
  CombinatoricObject* p = as_combinatoric(self);
  if (p->done) return nullptr;
  if (!p->started) {
    p->started = true;
    for (const auto& pool : p->pools) {
      if (pool.empty()) {
        p->done = true;
        return nullptr;
      }
    }
    return p->tuple_of(p->indices, p->r);
  }
  // Advance like an odometer, the rightmost index fastest.
  std::size_t i = p->r;
  while (i > 0) {
    i--;
    if (++p->indices[i] < p->pools[i].size()) return p->tuple_of(p->indices, p->r);
    p->indices[i] = 0;
  }
  p->done = true;
  return nullptr;
}

// ---- the single-pool iterators: permutations(iterable, r=None), combinations(iterable, r),
// combinations_with_replacement(iterable, r) ----

Value single_pool_new(Type* type, const Args& args, const ArgSpec& spec, bool r_optional) {
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<CombinatoricObject> c = make<CombinatoricObject>(type);
  c->pools.emplace_back();
  if (!collect(bound[0], c->pools[0])) return nullptr;
  std::int64_t r = static_cast<std::int64_t>(c->pools[0].size());
  if (bound[1] && !(r_optional && is_none(bound[1]))) {
    if (!to_int64(bound[1], r)) return nullptr;
    if (r < 0) return raise_value_error("r must be non-negative");
  }
  c->r = static_cast<std::size_t>(r);
  return c;
}

Value permutations_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "permutations", .names = {"iterable", "r"}, .minpos = 1};
  Value made = single_pool_new(type, args, spec, true);
  if (!made) return nullptr;
  CombinatoricObject* c = as_combinatoric(made);
  std::size_t n = c->pools[0].size();
  c->done = c->r > n;
  c->indices.resize(n);
  std::iota(c->indices.begin(), c->indices.end(), 0);
  for (std::size_t i = 0; i < c->r && !c->done; i++) c->cycles.push_back(n - i);
  return made;
}

Value permutations_next(const Value& self) {
  CombinatoricObject* c = as_combinatoric(self);
  if (c->done) return nullptr;
  if (!c->started) {
    c->started = true;
    return c->tuple_of(c->indices, c->r);
  }
  std::size_t n = c->pools[0].size();
  for (std::size_t i = c->r; i-- > 0;) {
    if (--c->cycles[i] == 0) {
      // Rotate indices[i:] left by one and reset the cycle.
      std::rotate(c->indices.begin() + i, c->indices.begin() + i + 1, c->indices.end());
      c->cycles[i] = n - i;
      continue;
    }
    std::swap(c->indices[i], c->indices[n - c->cycles[i]]);
    return c->tuple_of(c->indices, c->r);
  }
  c->done = true;
  return nullptr;
}

Value combinations_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "combinations", .names = {"iterable", "r"}, .minpos = 2};
  Value made = single_pool_new(type, args, spec, false);
  if (!made) return nullptr;
  CombinatoricObject* c = as_combinatoric(made);
  c->done = c->r > c->pools[0].size();
  c->indices.resize(c->r);
  std::iota(c->indices.begin(), c->indices.end(), 0);
  return made;
}

Value combinations_next(const Value& self) {
  CombinatoricObject* c = as_combinatoric(self);
  if (c->done) return nullptr;
  if (!c->started) {
    c->started = true;
    return c->tuple_of(c->indices, c->r);
  }
  std::size_t n = c->pools[0].size();
  // The rightmost index that can still move right.
  std::size_t i = c->r;
  while (i > 0 && c->indices[i - 1] == i - 1 + n - c->r) i--;
  if (i == 0) {
    c->done = true;
    return nullptr;
  }
  i--;
  c->indices[i]++;
  for (std::size_t j = i + 1; j < c->r; j++) c->indices[j] = c->indices[j - 1] + 1;
  return c->tuple_of(c->indices, c->r);
}

Value combinations_with_replacement_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "combinations_with_replacement", .names = {"iterable", "r"}, .minpos = 2};
  Value made = single_pool_new(type, args, spec, false);
  if (!made) return nullptr;
  CombinatoricObject* c = as_combinatoric(made);
  c->done = c->pools[0].empty() && c->r > 0;
  c->indices.assign(c->r, 0);
  return made;
}

Value combinations_with_replacement_next(const Value& self) {
  CombinatoricObject* c = as_combinatoric(self);
  if (c->done) return nullptr;
  if (!c->started) {
    c->started = true;
    return c->tuple_of(c->indices, c->r);
  }
  std::size_t n = c->pools[0].size();
  std::size_t i = c->r;
  while (i > 0 && c->indices[i - 1] == n - 1) i--;
  if (i == 0) {
    c->done = true;
    return nullptr;
  }
  i--;
  std::size_t next = c->indices[i] + 1;
  for (std::size_t j = i; j < c->r; j++) c->indices[j] = next;
  return c->tuple_of(c->indices, c->r);
}

}  // namespace

void init_itertools_combinatoric_types() {
  product_type = new_iterator_type("product", "itertools", product_next, product_new);
  permutations_type = new_iterator_type("permutations", "itertools", permutations_next, permutations_new);
  combinations_type = new_iterator_type("combinations", "itertools", combinations_next, combinations_new);
  combinations_with_replacement_type = new_iterator_type(
      "combinations_with_replacement", "itertools", combinations_with_replacement_next, combinations_with_replacement_new);
}

void add_itertools_combinatoric_types(ModuleObject& itertools) {
  for (Type* type : {product_type, permutations_type, combinations_type, combinations_with_replacement_type}) {
    add_value(itertools, type->name.c_str(), Value::borrow(type));
  }
}

}  // namespace py
