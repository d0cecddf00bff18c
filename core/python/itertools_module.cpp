// The itertools module's infinite and terminating iterators (the combinatoric ones are in
// itertools_combinatoric.cpp).
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

Type* count_type = nullptr;
Type* cycle_type = nullptr;
Type* repeat_type = nullptr;
Type* islice_type = nullptr;
Type* chain_type = nullptr;
Type* accumulate_type = nullptr;
Type* takewhile_type = nullptr;
Type* dropwhile_type = nullptr;
Type* starmap_type = nullptr;
Type* zip_longest_type = nullptr;
Type* compress_type = nullptr;
Type* filterfalse_type = nullptr;
Type* pairwise_type = nullptr;
Type* groupby_type = nullptr;
Type* grouper_type = nullptr;

template <class T>
T* self_as(const Value& v) {
  return static_cast<T*>(v.object());
}

// ---- count(start=0, step=1) ----

struct CountObject : Object {
  using Object::Object;
  Value current;
  Value step;
};

bool is_number(const Value& v) { return is_int(v) || is_float(v); }

Value count_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "count", .names = {"start", "step"}};
  if (args.size() + args.kw_values.size() > 2) {
    return raise_format(type_error_type, "count() takes at most 2 arguments (%zu given)", args.size() + args.kw_values.size());
  }
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<CountObject> c = make<CountObject>(type);
  c->current = bound[0] ? bound[0] : Value::small_int(0);
  c->step = bound[1] ? bound[1] : Value::small_int(1);
  if (!is_number(c->current) || !is_number(c->step)) return raise_type_error("a number is required");
  return c;
}

Value count_next(const Value& self) {
  auto* c = self_as<CountObject>(self);
  Value next = binary_op(c->current, c->step, BinaryOp::Add);
  if (!next) return nullptr;
  return std::exchange(c->current, std::move(next));
}

Value count_repr(const Value& self) {
  auto* c = self_as<CountObject>(self);
  std::string start, step;
  if (!repr_string(c->current, start)) return nullptr;
  bool default_step = c->step.is_small_int() && c->step.small_int_value() == 1;
  if (default_step) return make_str("count(" + start + ")");
  if (!repr_string(c->step, step)) return nullptr;
  return make_str("count(" + start + ", " + step + ")");
}

// ---- cycle(iterable) ----

struct CycleObject : Object {
  using Object::Object;
  Value iterator;  // empty once exhausted: then replay `saved`
  std::vector<Value> saved;
  std::size_t index = 0;
};

Value cycle_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "cycle")) return nullptr;
  if (!check_positional(args, "cycle", 1, 1)) return nullptr;
  Ref<CycleObject> c = make<CycleObject>(type);
  c->iterator = get_iter(args[0]);
  if (!c->iterator) return nullptr;
  return c;
}

Value cycle_next(const Value& self) {
  auto* c = self_as<CycleObject>(self);
  if (c->iterator) {
    if (Value item = iter_next(c->iterator)) {
      c->saved.push_back(item);
      return item;
    }
    if (error_occurred()) return nullptr;
    c->iterator = Value();
  }
  if (c->saved.empty()) return nullptr;
  Value item = c->saved[c->index];
  c->index = (c->index + 1) % c->saved.size();
  return item;
}

// ---- repeat(object[, times]) ----

struct RepeatObject : Object {
  using Object::Object;
  Value item;
  std::int64_t remaining = -1;  // -1: forever
};

Value repeat_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "repeat", .names = {"object", "times"}, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<RepeatObject> r = make<RepeatObject>(type);
  r->item = bound[0];
  if (bound[1]) {
    if (!to_int64(bound[1], r->remaining)) return nullptr;
    if (r->remaining < 0) r->remaining = 0;
  }
  return r;
}

Value repeat_next(const Value& self) {
  auto* r = self_as<RepeatObject>(self);
  if (r->remaining == 0) return nullptr;
  if (r->remaining > 0) r->remaining--;
  return r->item;
}

Value repeat_repr(const Value& self) {
  auto* r = self_as<RepeatObject>(self);
  std::string item;
  if (!repr_string(r->item, item)) return nullptr;
  if (r->remaining < 0) return make_str("repeat(" + item + ")");
  return make_str("repeat(" + item + ", " + std::to_string(r->remaining) + ")");
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----

struct IsliceObject : Object {
  using Object::Object;
  Value iterator;
  std::int64_t next_index = 0;  // of the next item to return
  std::int64_t stop = -1;       // -1: no stop
  std::int64_t step = 1;
  std::int64_t consumed = 0;    // items taken from the iterator so far
};

bool slice_bound(const Value& v, std::int64_t fallback, const char* message, std::int64_t& out) {
  if (is_none(v)) {
    out = fallback;
    return true;
  }
  if (!is_int(v) || !to_int64(v, out) || out < 0) {
    clear_error();
    raise_value_error(message);
    return false;
  }
  return true;
}

Value islice_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "islice")) return nullptr;
  if (!check_positional(args, "islice", 2, 4)) return nullptr;
  Ref<IsliceObject> s = make<IsliceObject>(type);
  constexpr const char* kStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  constexpr const char* kStart = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (args.size() == 2) {
    if (!slice_bound(args[1], -1, kStop, s->stop)) return nullptr;
  } else {
    if (!slice_bound(args[1], 0, kStart, s->next_index) || !slice_bound(args[2], -1, kStop, s->stop)) return nullptr;
    if (args.size() == 4) {
      if (!slice_bound(args[3], 1, "Step for islice() must be a positive integer or None.", s->step)) return nullptr;
      if (s->step == 0) return raise_value_error("Step for islice() must be a positive integer or None.");
    }
  }
  s->iterator = get_iter(args[0]);
  if (!s->iterator) return nullptr;
  return s;
}

Value islice_next(const Value& self) {
  auto* s = self_as<IsliceObject>(self);
  if (!s->iterator) return nullptr;
  while (s->consumed < s->next_index) {
    if (s->stop >= 0 && s->consumed >= s->stop) break;
    Value skipped = iter_next(s->iterator);
    if (!skipped) return nullptr;
    s->consumed++;
  }
  if (s->stop >= 0 && s->next_index >= s->stop) {
    s->iterator = Value();
    return nullptr;
  }
  Value item = iter_next(s->iterator);
  if (!item) return nullptr;
  s->consumed++;
  s->next_index += s->step;
  return item;
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----

struct ChainObject : Object {
  using Object::Object;
  Value sources;  // an iterator over the iterables
  Value current;  // the iterator being drained
};

Value chain_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "chain")) return nullptr;
  Ref<ChainObject> c = make<ChainObject>(type);
  c->sources = get_iter(make_tuple(std::vector<Value>(args.pos.begin(), args.pos.end())));
  if (!c->sources) return nullptr;
  return c;
}

// A classmethod: args are (cls, iterable).
Value chain_from_iterable(const Value&, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "chain.from_iterable")) return nullptr;
  if (args.size() != 2 || !isinstance_of(args[0], type_type)) {
    return raise_format(type_error_type, "chain.from_iterable() takes exactly one argument (%zu given)",
                        args.size() == 0 ? 0 : args.size() - 1);
  }
  Ref<ChainObject> c = make<ChainObject>(static_cast<Type*>(args[0].object()));
  c->sources = get_iter(args[1]);
  if (!c->sources) return nullptr;
  return c;
}

Value chain_next(const Value& self) {
  auto* c = self_as<ChainObject>(self);
  for (;;) {
    if (c->current) {
      if (Value item = iter_next(c->current)) return item;
      if (error_occurred()) return nullptr;
      c->current = Value();
    }
    if (!c->sources) return nullptr;
    Value source = iter_next(c->sources);
    if (!source) {
      c->sources = Value();
      return nullptr;
    }
    c->current = get_iter(source);
    if (!c->current) return nullptr;
  }
}

// ---- accumulate(iterable, func=None, *, initial=None) ----

struct AccumulateObject : Object {
  using Object::Object;
  Value iterator;
  Value function;  // empty: addition
  Value total;
  Value initial;   // returned first, then cleared
};

Value accumulate_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "accumulate", .names = {"iterable", "func", "initial"}, .minpos = 1, .maxpos = 2};
  Value bound[3];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<AccumulateObject> a = make<AccumulateObject>(type);
  a->iterator = get_iter(bound[0]);
  if (!a->iterator) return nullptr;
  if (bound[1] && !is_none(bound[1])) a->function = bound[1];
  if (bound[2] && !is_none(bound[2])) a->initial = bound[2];
  return a;
}

Value accumulate_next(const Value& self) {
  auto* a = self_as<AccumulateObject>(self);
  if (a->initial) {
    a->total = std::exchange(a->initial, Value());
    return a->total;
  }
  Value item = iter_next(a->iterator);
  if (!item) return nullptr;
  if (!a->total) {
    a->total = item;
  } else {
    a->total = a->function ? call(a->function, {a->total, item}) : binary_op(a->total, item, BinaryOp::Add);
    if (!a->total) return nullptr;
  }
  return a->total;
}

// ---- takewhile, dropwhile, filterfalse, compress, starmap: a predicate or selector over items ----

struct PredicateObject : Object {
  using Object::Object;
  Value function;
  Value iterator;
  Value selectors;  // compress only
  bool done = false;  // takewhile stopped / dropwhile started yielding
};

int holds(const Value& predicate, const Value& item) {
  if (is_none(predicate)) return truthy(item);
  Value verdict = call(predicate, {item});
  return verdict ? truthy(verdict) : -1;
}

template <const char* kName>
Value predicate_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, kName)) return nullptr;
  if (!check_positional(args, kName, 2, 2)) return nullptr;
  Ref<PredicateObject> p = make<PredicateObject>(type);
  p->function = args[0];
  p->iterator = get_iter(args[1]);
  if (!p->iterator) return nullptr;
  return p;
}

constexpr char kTakewhile[] = "takewhile";
constexpr char kDropwhile[] = "dropwhile";
constexpr char kFilterfalse[] = "filterfalse";
constexpr char kStarmap[] = "starmap";

Value takewhile_next(const Value& self) {
  auto* p = self_as<PredicateObject>(self);
  if (p->done) return nullptr;
  Value item = iter_next(p->iterator);
  if (!item) return nullptr;
  int keep = holds(p->function, item);
  if (keep < 0) return nullptr;
  if (keep) return item;
  p->done = true;
  return nullptr;
}

Value dropwhile_next(const Value& self) {
  auto* p = self_as<PredicateObject>(self);
  while (Value item = iter_next(p->iterator)) {
    if (p->done) return item;
    int drop = holds(p->function, item);
    if (drop < 0) return nullptr;
    if (!drop) {
      p->done = true;
      return item;
    }
  }
  return nullptr;
}

Value filterfalse_next(const Value& self) {
  auto* p = self_as<PredicateObject>(self);
  while (Value item = iter_next(p->iterator)) {
    int truth = holds(p->function, item);
    if (truth < 0) return nullptr;
    if (!truth) return item;
  }
  return nullptr;
}

Value starmap_next(const Value& self) {
  auto* p = self_as<PredicateObject>(self);
  Value item = iter_next(p->iterator);
  if (!item) return nullptr;
  std::vector<Value> call_args;
  if (!collect(item, call_args)) return nullptr;
  Args a;
  a.pos = call_args;
  return call(p->function, a);
}

Value compress_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "compress", .names = {"data", "selectors"}, .minpos = 2};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<PredicateObject> p = make<PredicateObject>(type);
  p->iterator = get_iter(bound[0]);
  if (!p->iterator) return nullptr;
  p->selectors = get_iter(bound[1]);
  if (!p->selectors) return nullptr;
  return p;
}

Value compress_next(const Value& self) {
  auto* p = self_as<PredicateObject>(self);
  for (;;) {
    Value item = iter_next(p->iterator);
    if (!item) return nullptr;
    Value selector = iter_next(p->selectors);
    if (!selector) return nullptr;
    int truth = truthy(selector);
    if (truth < 0) return nullptr;
    if (truth) return item;
  }
}

// ---- zip_longest(*iterables, fillvalue=None) ----

struct ZipLongestObject : Object {
  using Object::Object;
  std::vector<Value> iterators;  // empty entries are exhausted
  std::size_t active = 0;
  Value fill;
};

Value zip_longest_new(Type* type, const Args& args) {
  Ref<ZipLongestObject> z = make<ZipLongestObject>(type);
  z->fill = none();
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    if (args.kw_names[i]->view() != "fillvalue") return raise_type_error("zip_longest() got an unexpected keyword argument");
    z->fill = args.kw_values[i];
  }
  for (const Value& iterable : args.pos) {
    Value it = get_iter(iterable);
    if (!it) return nullptr;
    z->iterators.push_back(std::move(it));
  }
  z->active = z->iterators.size();
  return z;
}

Value zip_longest_next(const Value& self) {
  auto* z = self_as<ZipLongestObject>(self);
  if (z->active == 0) return nullptr;
  std::vector<Value> items;
  for (Value& it : z->iterators) {
    Value item = it ? iter_next(it) : Value();
    if (!item) {
      if (error_occurred()) return nullptr;
      if (it) {
        it = Value();
        if (--z->active == 0) return nullptr;
      }
      item = z->fill;
    }
    items.push_back(std::move(item));
  }
  return make_tuple(std::move(items));
}

// ---- pairwise(iterable) ----

struct PairwiseObject : Object {
  using Object::Object;
  Value iterator;
  Value previous;
};

Value pairwise_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "pairwise")) return nullptr;
  if (!check_positional(args, "pairwise", 1, 1)) return nullptr;
  Ref<PairwiseObject> p = make<PairwiseObject>(type);
  p->iterator = get_iter(args[0]);
  if (!p->iterator) return nullptr;
  return p;
}

Value pairwise_next(const Value& self) {
  auto* p = self_as<PairwiseObject>(self);
  if (!p->iterator) return nullptr;
  if (!p->previous) {
    p->previous = iter_next(p->iterator);
    if (!p->previous) return nullptr;
  }
  Value item = iter_next(p->iterator);
  if (!item) {
    p->iterator = Value();
    return nullptr;
  }
  return make_tuple({std::exchange(p->previous, item), item});
}

// ---- groupby(iterable, key=None) ----

struct GroupbyObject : Object {
  using Object::Object;
  Value iterator;
  Value key_function;  // empty: identity
  Value current_item;  // the first item not yet handed to a group
  Value current_key;
  Value target_key;    // the key of the group being produced
  Value current_group; // the _grouper that may still read items
  bool exhausted = false;
};

struct GrouperObject : Object {
  using Object::Object;
  Value parent;
  Value key;
};

// Reads the next item and its key into the groupby's current slots; false at the end or on error.
bool groupby_step(GroupbyObject* g) {
  Value item = iter_next(g->iterator);
  if (!item) {
    g->exhausted = !error_occurred();
    return false;
  }
  Value key = g->key_function ? call(g->key_function, {item}) : item;
  if (!key) return false;
  g->current_item = std::move(item);
  g->current_key = std::move(key);
  return true;
}

Value groupby_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "groupby", .names = {"iterable", "key"}, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Ref<GroupbyObject> g = make<GroupbyObject>(type);
  g->iterator = get_iter(bound[0]);
  if (!g->iterator) return nullptr;
  if (bound[1] && !is_none(bound[1])) g->key_function = bound[1];
  return g;
}

Value groupby_next(const Value& self) {
  auto* g = self_as<GroupbyObject>(self);
  g->current_group = Value();
  // Skip what is left of the previous group.
  for (;;) {
    if (!g->current_key) {
      if (g->exhausted || !groupby_step(g)) return nullptr;
    }
    if (!g->target_key) break;
    int same = compare_bool(g->target_key, g->current_key, CompareOp::Eq);
    if (same < 0) return nullptr;
    if (!same) break;
    g->current_key = Value();
  }
  g->target_key = g->current_key;
  Ref<GrouperObject> group = make<GrouperObject>(grouper_type);
  group->parent = self;
  group->key = g->target_key;
  g->current_group = group;
  return make_tuple({g->target_key, Value(group)});
}

Value grouper_next(const Value& self) {
  auto* group = self_as<GrouperObject>(self);
  auto* g = self_as<GroupbyObject>(group->parent);
  if (!g->current_group.is(self)) return nullptr;  // the groupby moved on
  if (!g->current_key) {
    if (g->exhausted || !groupby_step(g)) return nullptr;
  }
  int same = compare_bool(group->key, g->current_key, CompareOp::Eq);
  if (same <= 0) return nullptr;
  g->current_key = Value();
  return std::exchange(g->current_item, Value());
}

}  // namespace

void init_itertools_types() {
  count_type = new_iterator_type("count", "itertools", count_next, count_new);
  count_type->repr = count_repr;
  cycle_type = new_iterator_type("cycle", "itertools", cycle_next, cycle_new);
  repeat_type = new_iterator_type("repeat", "itertools", repeat_next, repeat_new);
  repeat_type->repr = repeat_repr;
  islice_type = new_iterator_type("islice", "itertools", islice_next, islice_new);
  chain_type = new_iterator_type("chain", "itertools", chain_next, chain_new);
  chain_type->dict->set_str(intern("from_iterable"), make_classmethod(make_builtin("from_iterable", chain_from_iterable)));
  accumulate_type = new_iterator_type("accumulate", "itertools", accumulate_next, accumulate_new);
  takewhile_type = new_iterator_type("takewhile", "itertools", takewhile_next, predicate_new<kTakewhile>);
  dropwhile_type = new_iterator_type("dropwhile", "itertools", dropwhile_next, predicate_new<kDropwhile>);
  filterfalse_type = new_iterator_type("filterfalse", "itertools", filterfalse_next, predicate_new<kFilterfalse>);
  starmap_type = new_iterator_type("starmap", "itertools", starmap_next, predicate_new<kStarmap>);
  compress_type = new_iterator_type("compress", "itertools", compress_next, compress_new);
  zip_longest_type = new_iterator_type("zip_longest", "itertools", zip_longest_next, zip_longest_new);
  pairwise_type = new_iterator_type("pairwise", "itertools", pairwise_next, pairwise_new);
  groupby_type = new_iterator_type("groupby", "itertools", groupby_next, groupby_new);
  grouper_type = new_iterator_type("_grouper", "itertools", grouper_next, nullptr);
}

Ref<ModuleObject> make_itertools_module() {
  Ref<ModuleObject> itertools = make_module("itertools");
  for (Type* type : {count_type, cycle_type, repeat_type, islice_type, chain_type, accumulate_type, takewhile_type,
                     dropwhile_type, filterfalse_type, starmap_type, compress_type, zip_longest_type, pairwise_type,
                     groupby_type}) {
    add_value(*itertools, type->name.c_str(), Value::borrow(type));
  }
  add_itertools_combinatoric_types(*itertools);
  return itertools;
}

}  // namespace py
