// The functools module: partial, reduce, update_wrapper and wraps, lru_cache and cache,
// cmp_to_key.
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

Type* partial_type = nullptr;
Type* lru_cache_wrapper_type = nullptr;
Type* cmp_key_type = nullptr;

// Keyword arguments kept as parallel vectors, in the form Args wants them.
struct Keywords {
  std::vector<Value> values;
  std::vector<StrObject*> names;
  std::vector<Value> name_refs;  // keeps the names alive

  void set(StrObject* name, Value value) {
    for (std::size_t i = 0; i < names.size(); i++) {
      if (names[i]->view() == name->view()) {
        values[i] = std::move(value);
        return;
      }
    }
    names.push_back(name);
    name_refs.push_back(Value::borrow(name));
    values.push_back(std::move(value));
  }
  void add(const Args& args) {
    for (std::size_t i = 0; i < args.kw_names.size(); i++) set(args.kw_names[i], args.kw_values[i]);
  }
};

// ---- partial ----

struct PartialObject : Object {
  explicit PartialObject(Type* type) : Object(type) {}
  Value function;
  std::vector<Value> args;
  Keywords keywords;
};

PartialObject* as_partial(const Value& v) { return static_cast<PartialObject*>(v.object()); }

}  // namespace

bool is_partial(const Value& fn) { return fn.is_object() && fn.type()->is_subtype_of(partial_type); }

Value unwrap_partial(Value fn) {
  while (is_partial(fn)) fn = as_partial(fn)->function;
  return fn;
}

namespace {

Value partial_new(Type* type, const Args& args) {
  if (args.size() == 0) return raise_type_error("type 'partial' takes at least one argument");
  if (!is_callable(args[0])) return raise_type_error("the first argument must be callable");
  Ref<PartialObject> p = make<PartialObject>(type);
  p->function = args[0];
  // partial(partial(f, 1), 2) flattens to partial(f, 1, 2), as CPython does for the exact type.
  if (args[0].type() == partial_type) {
    PartialObject* inner = as_partial(args[0]);
    p->function = inner->function;
    p->args = inner->args;
    p->keywords = inner->keywords;
  }
  p->args.insert(p->args.end(), args.pos.begin() + 1, args.pos.end());
  p->keywords.add(args);
  return p;
}

Value partial_call(const Value& self, const Args& args) {
  PartialObject* p = as_partial(self);
  std::vector<Value> positional = p->args;
  positional.insert(positional.end(), args.pos.begin(), args.pos.end());
  Keywords keywords = p->keywords;
  keywords.add(args);
  Args merged;
  merged.pos = positional;
  merged.kw_values = keywords.values;
  merged.kw_names = keywords.names;
  return call(p->function, merged);
}

Value partial_repr(const Value& self) {
  PartialObject* p = as_partial(self);
  std::string text = self.type() == partial_type ? "functools.partial(" : self.type()->name + "(";
  std::string item;
  if (!repr_string(p->function, item)) return nullptr;
  text += item;
  for (const Value& arg : p->args) {
    if (!repr_string(arg, item)) return nullptr;
    text += ", " + item;
  }
  for (std::size_t i = 0; i < p->keywords.names.size(); i++) {
    if (!repr_string(p->keywords.values[i], item)) return nullptr;
    text += ", " + p->keywords.names[i]->text() + "=" + item;
  }
  return make_str(text + ")");
}

Value partial_func(const Value& self) { return as_partial(self)->function; }
Value partial_args(const Value& self) { return make_tuple(as_partial(self)->args); }
Value partial_keywords(const Value& self) {
  const Keywords& k = as_partial(self)->keywords;
  Ref<DictObject> d = make_dict();
  for (std::size_t i = 0; i < k.names.size(); i++) d->set_str(k.names[i], k.values[i]);
  return d;
}

// ---- reduce ----

Value functools_reduce(const Value&, const Args& args) {
  if (!check_positional(args, "reduce", 2, 3)) return nullptr;
  Value it = get_iter(args[1]);
  if (!it) return nullptr;
  Value accumulated = args.size() == 3 ? args[2] : Value();
  while (Value item = iter_next(it)) {
    accumulated = accumulated ? call(args[0], {accumulated, item}) : item;
    if (!accumulated) return nullptr;
  }
  if (error_occurred()) return nullptr;
  if (!accumulated) return raise_type_error("reduce() of empty iterable with no initial value");
  return accumulated;
}

// ---- update_wrapper and wraps ----

constexpr const char* kWrapperAssignments[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

Value functools_update_wrapper(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "update_wrapper", .names = {"wrapper", "wrapped", "assigned", "updated"}, .minpos = 2};
  Value bound[4];
  if (!parse_args(args, spec, bound)) return nullptr;
  const Value& wrapper = bound[0];
  const Value& wrapped = bound[1];
  std::vector<Value> assigned, updated;
  if (bound[2]) {
    if (!collect(bound[2], assigned)) return nullptr;
  } else {
    for (const char* name : kWrapperAssignments) assigned.push_back(make_str(name));
  }
  if (bound[3]) {
    if (!collect(bound[3], updated)) return nullptr;
  } else {
    updated.push_back(make_str("__dict__"));
  }
  for (const Value& name : assigned) {
    if (!is_str(name)) return raise_format(type_error_type, "attribute name must be string, not '%s'", type_name(name).data());
    StrObject* attr = intern(as_str(name)->view());
    Value value = getattr_optional(wrapped, attr);
    if (!value) {
      if (error_occurred()) return nullptr;
      continue;
    }
    if (!setattr(wrapper, attr, value)) return nullptr;
  }
  for (const Value& name : updated) {
    if (!is_str(name)) return raise_format(type_error_type, "attribute name must be string, not '%s'", type_name(name).data());
    StrObject* attr = intern(as_str(name)->view());
    Value target = getattr(wrapper, attr);
    if (!target) return nullptr;
    Value source = getattr_optional(wrapped, attr);
    if (!source) {
      if (error_occurred()) return nullptr;
      continue;
    }
    if (!call_method(target, "update", {source})) return nullptr;
  }
  if (!setattr(wrapper, intern("__wrapped__"), wrapped)) return nullptr;
  return wrapper;
}

// wraps(wrapped) is partial(update_wrapper, wrapped=wrapped, ...): a decorator for the wrapper.
Value functools_wraps(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "wraps", .names = {"wrapped", "assigned", "updated"}, .minpos = 1};
  Value bound[3];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<PartialObject> p = make<PartialObject>(partial_type);
  p->function = make_builtin("update_wrapper", functools_update_wrapper);
  p->keywords.set(intern("wrapped"), bound[0]);
  if (bound[1]) p->keywords.set(intern("assigned"), bound[1]);
  if (bound[2]) p->keywords.set(intern("updated"), bound[2]);
  return p;
}

// ---- lru_cache and cache ----

struct LruCacheObject : Object {
  explicit LruCacheObject(Type* type) : Object(type), results(make_dict()) {}
  Value function;
  std::int64_t maxsize = -1;  // -1: unbounded
  Ref<DictObject> results;    // key -> result, least recently used first
  std::int64_t hits = 0;
  std::int64_t misses = 0;
};

LruCacheObject* as_cache(const Value& v) { return static_cast<LruCacheObject*>(v.object()); }

// The cache key: the positional arguments, then a marker and each keyword's name and value.
Value cache_key(const Args& args) {
  std::vector<Value> parts(args.pos.begin(), args.pos.end());
  if (args.has_kwargs()) {
    parts.push_back(Value::borrow(lru_cache_wrapper_type));  // a marker no argument can be
    for (std::size_t i = 0; i < args.kw_names.size(); i++) {
      parts.push_back(Value::borrow(args.kw_names[i]));
      parts.push_back(args.kw_values[i]);
    }
  }
  return make_tuple(std::move(parts));
}

Value lru_cache_call(const Value& self, const Args& args) {
  LruCacheObject* c = as_cache(self);
  if (c->maxsize == 0) {
    c->misses++;
    return call(c->function, args);
  }
  Value key = cache_key(args);
  Value cached = c->results->get(key);
  if (cached) {
    c->hits++;
    if (c->maxsize > 0 && (c->results->remove(key) < 0 || !c->results->set(key, cached))) return nullptr;
    return cached;
  }
  if (error_occurred()) return nullptr;
  c->misses++;
  Value result = call(c->function, args);
  if (!result) return nullptr;
  if (!c->results->set(key, result)) return nullptr;
  if (c->maxsize > 0 && c->results->size() > c->maxsize) {
    for (const DictObject::Entry& e : c->results->entries()) {
      if (!e.key) continue;
      Value oldest = e.key;
      if (c->results->remove(oldest) < 0) return nullptr;
      break;
    }
  }
  return result;
}

// Functions stored on a class become methods: the wrapper binds like a function does.
Value lru_cache_descr_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  return make<MethodObject>(self, instance);
}

Value lru_cache_clear(const Value& self, const Args& args) {
  if (!check_no_args(args, "cache_clear")) return nullptr;
  LruCacheObject* c = as_cache(self);
  c->results->clear();
  c->hits = c->misses = 0;
  return none();
}

Value make_cache_wrapper(const Value& function, std::int64_t maxsize) {
  if (!is_callable(function)) return raise_type_error("the first argument must be callable");
  Ref<LruCacheObject> c = make<LruCacheObject>(lru_cache_wrapper_type);
  c->function = function;
  c->maxsize = maxsize;
  // update_wrapper(wrapper, function, updated=()): the names and __doc__, no __dict__ merge.
  Value call_args[] = {c, function, make_tuple(std::vector<Value>{})};
  StrObject* updated_name = intern("updated");
  Args update;
  update.pos = std::span<const Value>(call_args, 2);
  update.kw_values = std::span<const Value>(call_args + 2, 1);
  update.kw_names = std::span<StrObject* const>(&updated_name, 1);
  return functools_update_wrapper(Value(), update);
}

// lru_cache(maxsize)'s result: the decorator that wraps the function.
Value lru_cache_decorator(const Value& maxsize, const Args& args) {
  if (!check_one_arg(args, "lru_cache")) return nullptr;
  return make_cache_wrapper(args[0], is_none(maxsize) ? -1 : maxsize.small_int_value());
}

Value functools_lru_cache(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "lru_cache", .names = {"maxsize", "typed"}};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value maxsize = bound[0] ? bound[0] : Value::small_int(128);
  if (is_callable(maxsize) && !is_int(maxsize)) return make_cache_wrapper(maxsize, 128);  // @lru_cache
  if (!is_none(maxsize)) {
    std::int64_t n;
    if (!is_int(maxsize)) return raise_type_error("Expected first argument to be an integer, a callable, or None");
    if (!to_int64(maxsize, n)) return nullptr;
    maxsize = Value::small_int(n < 0 ? 0 : n);
  }
  return make_builtin("decorating_function", lru_cache_decorator, maxsize);
}

Value functools_cache(const Value&, const Args& args) {
  if (!check_one_arg(args, "cache")) return nullptr;
  return make_cache_wrapper(args[0], -1);
}

// ---- cmp_to_key ----

struct CmpKeyObject : Object {
  CmpKeyObject(Value compare, Value item) : Object(cmp_key_type), compare(std::move(compare)), item(std::move(item)) {}
  Value compare;
  Value item;
};

Value cmp_key_compare(const Value& self, const Value& other, CompareOp op) {
  if (other.type() != cmp_key_type) return raise_type_error("other argument must be K instance");
  auto* a = static_cast<CmpKeyObject*>(self.object());
  auto* b = static_cast<CmpKeyObject*>(other.object());
  Value order = call(a->compare, {a->item, b->item});
  if (!order) return nullptr;
  return compare(order, Value::small_int(0), op);
}

// cmp_to_key(f) returns a callable that wraps each item in a K object ordered by f.
Value make_cmp_key(const Value& compare, const Args& args) {
  if (!check_one_arg(args, "K")) return nullptr;
  return make<CmpKeyObject>(compare, args[0]);
}

Value functools_cmp_to_key(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "cmp_to_key", .names = {"mycmp"}, .minpos = 1};
  Value bound[1];
  if (!parse_args(args, spec, bound)) return nullptr;
  return make_builtin("K", make_cmp_key, bound[0]);
}

}  // namespace

void init_functools_types() {
  partial_type = new_module_type("partial", "functools", Type::kBaseType | Type::kHasDict);
  partial_type->new_instance = partial_new;
  partial_type->call = partial_call;
  partial_type->repr = partial_repr;
  finish_module_type(partial_type);
  add_getset(partial_type, "func", partial_func);
  add_getset(partial_type, "args", partial_args);
  add_getset(partial_type, "keywords", partial_keywords);

  lru_cache_wrapper_type = new_module_type("_lru_cache_wrapper", "functools", Type::kHasDict);
  lru_cache_wrapper_type->call = lru_cache_call;
  lru_cache_wrapper_type->descr_get = lru_cache_descr_get;
  finish_module_type(lru_cache_wrapper_type);
  add_method(lru_cache_wrapper_type, "cache_clear", lru_cache_clear);

  cmp_key_type = new_module_type("KeyWrapper", "functools", 0);
  cmp_key_type->compare = cmp_key_compare;
  finish_module_type(cmp_key_type);
}

Ref<ModuleObject> make_functools_module() {
  Ref<ModuleObject> functools = make_module("functools");
  add_value(*functools, "partial", Value::borrow(partial_type));
  add_functions(*functools, {
                                {"reduce", functools_reduce},
                                {"update_wrapper", functools_update_wrapper},
                                {"wraps", functools_wraps},
                                {"lru_cache", functools_lru_cache},
                                {"cache", functools_cache},
                                {"cmp_to_key", functools_cmp_to_key},
                            });
  return functools;
}

}  // namespace py
