// The built-in iterator types: enumerate, zip, map, filter, reversed, and iter(callable,
// sentinel)'s callable_iterator. Each `next` slot returns an empty Value with no exception set at
// exhaustion (object.hpp).
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/builtins_internal.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {

Type* enumerate_type = nullptr;
Type* zip_type = nullptr;
Type* map_type = nullptr;
Type* filter_type = nullptr;
Type* reversed_type = nullptr;
Type* callable_iterator_type = nullptr;

namespace {

bool iterators_of(std::span<const Value> iterables, std::vector<Value>& out) {
  for (const Value& iterable : iterables) {
    Value it = get_iter(iterable);
    if (!it) return false;
    out.push_back(std::move(it));
  }
  return true;
}

// ---- enumerate ----

struct EnumerateObject : Object {
  EnumerateObject(Type* type, Value iterator, Value count) : Object(type), iterator(std::move(iterator)), count(std::move(count)) {}
  Value iterator;
  Value count;
};

Value enumerate_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "enumerate", .names = {"iterable", "start"}, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  Value start = Value::small_int(0);
  if (bound[1]) {
    if (!is_int(bound[1])) {
      std::int64_t ignored;
      to_index(bound[1], ignored);  // raises CPython's "cannot be interpreted as an integer"
      return nullptr;
    }
    start = int_from_value(int_value_of(bound[1]));
  }
  Value it = get_iter(bound[0]);
  if (!it) return nullptr;
  return make<EnumerateObject>(type, std::move(it), std::move(start));
}

Value enumerate_next(const Value& self) {
  auto* e = static_cast<EnumerateObject*>(self.object());
  Value item = iter_next(e->iterator);
  if (!item) return nullptr;
  Value index = e->count;
  e->count = binary_op(index, Value::small_int(1), BinaryOp::Add);
  if (!e->count) return nullptr;
  return make_tuple({std::move(index), std::move(item)});
}

// ---- zip ----

struct ZipObject : Object {
  ZipObject(Type* type, std::vector<Value> iterators, bool strict) : Object(type), iterators(std::move(iterators)), strict(strict) {}
  std::vector<Value> iterators;
  bool strict;
};

Value zip_new(Type* type, const Args& args) {
  bool strict = false;
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    if (args.kw_names[i]->view() != "strict") {
      return raise_format(type_error_type, "zip() got an unexpected keyword argument '%s'", args.kw_names[i]->text().c_str());
    }
    int truth = truthy(args.kw_values[i]);
    if (truth < 0) return nullptr;
    strict = truth == 1;
  }
  std::vector<Value> iterators;
  if (!iterators_of(args.pos, iterators)) return nullptr;
  return make<ZipObject>(type, std::move(iterators), strict);
}

// "zip() argument 3 is shorter than arguments 1-2"
Value zip_length_mismatch(std::size_t index, const char* relation) {
  std::string others = index == 1 ? " 1" : "s 1-" + std::to_string(index);
  return raise_format(value_error_type, "zip() argument %zu is %s than argument%s", index + 1, relation, others.c_str());
}

Value zip_next(const Value& self) {
  auto* z = static_cast<ZipObject*>(self.object());
  if (z->iterators.empty()) return nullptr;
  std::vector<Value> items;
  items.reserve(z->iterators.size());
  for (std::size_t i = 0; i < z->iterators.size(); i++) {
    Value item = iter_next(z->iterators[i]);
    if (item) {
      items.push_back(std::move(item));
      continue;
    }
    if (error_occurred() || !z->strict) return nullptr;
    if (i > 0) return zip_length_mismatch(i, "shorter");
    for (std::size_t j = 1; j < z->iterators.size(); j++) {
      if (Value extra = iter_next(z->iterators[j])) return zip_length_mismatch(j, "longer");
      if (error_occurred()) return nullptr;
    }
    return nullptr;
  }
  return make_tuple(std::move(items));
}

// ---- map ----

struct MapObject : Object {
  MapObject(Type* type, Value function, std::vector<Value> iterators) : Object(type), function(std::move(function)), iterators(std::move(iterators)) {}
  Value function;
  std::vector<Value> iterators;
};

Value map_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "map")) return nullptr;
  if (args.size() < 2) return raise_type_error("map() must have at least two arguments.");
  std::vector<Value> iterators;
  if (!iterators_of(args.pos.subspan(1), iterators)) return nullptr;
  return make<MapObject>(type, args[0], std::move(iterators));
}

Value map_next(const Value& self) {
  auto* m = static_cast<MapObject*>(self.object());
  std::vector<Value> items;
  items.reserve(m->iterators.size());
  for (const Value& it : m->iterators) {
    Value item = iter_next(it);
    if (!item) return nullptr;
    items.push_back(std::move(item));
  }
  Args call_args;
  call_args.pos = items;
  return call(m->function, call_args);
}

// ---- filter ----

struct FilterObject : Object {
  FilterObject(Type* type, Value predicate, Value iterator) : Object(type), predicate(std::move(predicate)), iterator(std::move(iterator)) {}
  Value predicate;  // None: the items' own truth
  Value iterator;
};

Value filter_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "filter")) return nullptr;
  if (!check_positional(args, "filter", 2, 2)) return nullptr;
  Value it = get_iter(args[1]);
  if (!it) return nullptr;
  return make<FilterObject>(type, args[0], std::move(it));
}

Value filter_next(const Value& self) {
  auto* f = static_cast<FilterObject*>(self.object());
  while (Value item = iter_next(f->iterator)) {
    int keep;
    if (is_none(f->predicate)) {
      keep = truthy(item);
    } else {
      Value verdict = call(f->predicate, {item});
      if (!verdict) return nullptr;
      keep = truthy(verdict);
    }
    if (keep < 0) return nullptr;
    if (keep) return item;
  }
  return nullptr;
}

// ---- reversed: __reversed__, else the sequence protocol from the end ----

struct ReversedObject : Object {
  ReversedObject(Type* type, Value sequence, std::int64_t index) : Object(type), sequence(std::move(sequence)), index(index) {}
  Value sequence;
  std::int64_t index;  // the next index to read; -1 when done
};

Value reversed_new(Type* type, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "reversed")) return nullptr;
  if (!check_positional(args, "reversed", 1, 1)) return nullptr;
  const Value& seq = args[0];
  if (Value method = lookup_special(seq, "__reversed__")) {
    if (is_none(method)) return raise_format(type_error_type, "'%s' object is not reversible", type_name(seq).data());
    return call(method, {seq});
  }
  if (error_occurred()) return nullptr;
  Type* t = seq.type();
  if (t->getitem == nullptr || t->len == nullptr || (t->flags & Type::kIsDictSubclass)) {
    return raise_format(type_error_type, "'%s' object is not reversible", type_name(seq).data());
  }
  std::int64_t n;
  if (!length(seq, n)) return nullptr;
  return make<ReversedObject>(type, seq, n - 1);
}

Value reversed_next(const Value& self) {
  auto* r = static_cast<ReversedObject*>(self.object());
  if (r->index < 0) return nullptr;
  Value item = get_item(r->sequence, Value::small_int(r->index--));
  if (item) return item;
  if (error_matches(index_error_type) || error_matches(stop_iteration_type)) {
    clear_error();
    r->index = -1;
  }
  return nullptr;
}

// ---- iter(callable, sentinel) ----

struct CallableIteratorObject : Object {
  CallableIteratorObject(Value callable, Value sentinel) : Object(callable_iterator_type), callable(std::move(callable)), sentinel(std::move(sentinel)) {}
  Value callable;  // empty once exhausted
  Value sentinel;
};

Value callable_iterator_next(const Value& self) {
  auto* c = static_cast<CallableIteratorObject*>(self.object());
  if (!c->callable) return nullptr;
  Value result = call(c->callable, {});
  if (!result) {
    if (error_matches(stop_iteration_type)) {
      clear_error();
      c->callable = Value();
    }
    return nullptr;
  }
  int same = equal(result, c->sentinel);
  if (same < 0) return nullptr;
  if (same) {
    c->callable = Value();
    return nullptr;
  }
  return result;
}

}  // namespace

Value make_callable_iterator(Value callable, Value sentinel) {
  return make<CallableIteratorObject>(std::move(callable), std::move(sentinel));
}

void init_builtin_iterator_types() {
  enumerate_type = new_iterator_type("enumerate", "builtins", enumerate_next, enumerate_new);
  zip_type = new_iterator_type("zip", "builtins", zip_next, zip_new);
  map_type = new_iterator_type("map", "builtins", map_next, map_new);
  filter_type = new_iterator_type("filter", "builtins", filter_next, filter_new);
  reversed_type = new_iterator_type("reversed", "builtins", reversed_next, reversed_new);
  callable_iterator_type = new_iterator_type("callable_iterator", "builtins", callable_iterator_next, nullptr);
}

}  // namespace py
