// set and frozenset: the types, their operators and methods, on top of set_table.cpp. The
// algorithms follow CPython's (which side is iterated, when a copy is made first), because they
// decide the table layout and so the iteration order of the result.
#include "python/set_object.hpp"

#include <string>

#include "python/args.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/set_table.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* set_type = nullptr;
Type* frozenset_type = nullptr;

namespace {
Type* set_iterator_type = nullptr;
}  // namespace

SetObject::SetObject(Type* type) : Object(type) { set_table_init(this); }

Ref<SetObject> make_set() { return make<SetObject>(set_type); }

namespace {

bool is_frozen(const Value& v) { return v.type()->is_subtype_of(frozenset_type); }

// A new empty set of the built-in base type of `like` (set or frozenset), as CPython's
// make_new_set_basetype.
Ref<SetObject> new_set_like(const Value& like) { return make<SetObject>(is_frozen(like) ? frozenset_type : set_type); }

bool update_from(SetObject* set, const Value& other) {
  if (is_any_set(other)) return set_table_merge(set, as_set(other));
  if (other.is_object() && other.type() == dict_type) {
    DictObject* d = as_dict(other);
    if (static_cast<std::size_t>(set->fill + d->size()) * 5 >= (set->table.size() - 1) * 3) {
      set_table_resize(set, (set->used + d->size()) * 2);
    }
    for (const auto& e : std::vector<DictObject::Entry>(d->entries())) {
      if (!e.key.empty() && !set_table_add(set, e.key, e.hash)) return false;
    }
    return true;
  }
  Value it = get_iter(other);
  if (!it) return false;
  while (Value key = iter_next(it)) {
    if (!set_add(set, key)) return false;
  }
  return !error_occurred();
}

Ref<SetObject> copy_of(const Value& self) {
  Ref<SetObject> result = new_set_like(self);
  set_table_merge(result.get(), as_set(self));
  return result;
}

// The active entries, copied: iterating them stays safe while comparisons run user code.
std::vector<SetObject::Entry> entries_of(SetObject* set) {
  std::vector<SetObject::Entry> out;
  out.reserve(static_cast<std::size_t>(set->used));
  for (const auto& e : set->table) {
    if (!e.key.empty()) out.push_back(e);
  }
  return out;
}

int contains_entry(SetObject* set, const SetObject::Entry& e) {
  int i = set_table_find(set, e.key, e.hash);
  return i == -1 ? -1 : i >= 0;
}

Value intersection(const Value& self, const Value& other) {
  if (self.is(other)) return copy_of(self);
  Ref<SetObject> result = new_set_like(self);
  if (is_any_set(other)) {
    SetObject* big = as_set(self);
    SetObject* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    for (const auto& e : entries_of(small)) {
      int r = contains_entry(big, e);
      if (r < 0 || (r > 0 && !set_table_add(result.get(), e.key, e.hash))) return nullptr;
    }
    return result;
  }
  Value it = get_iter(other);
  if (!it) return nullptr;
  while (Value key = iter_next(it)) {
    std::int64_t h = 0;
    if (!hash(key, h)) return nullptr;
    int r = contains_entry(as_set(self), {key, h});
    if (r < 0 || (r > 0 && !set_table_add(result.get(), key, h))) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return result;
}

bool difference_update(SetObject* set, const Value& other) {
  if (set == other.object_or_null()) {
    set_table_init(set);
    return true;
  }
  if (is_any_set(other)) {
    for (const auto& e : entries_of(as_set(other))) {
      if (set_table_discard(set, e.key, e.hash) < 0) return false;
    }
  } else {
    Value it = get_iter(other);
    if (!it) return false;
    while (Value key = iter_next(it)) {
      if (set_discard(set, key) < 0) return false;
    }
    if (error_occurred()) return false;
  }
  // More than a quarter of dummies: resize them away.
  if (static_cast<std::size_t>(set->fill - set->used) > (set->table.size() - 1) / 4) {
    set_table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
  }
  return true;
}

Value difference(const Value& self, const Value& other) {
  std::int64_t other_size = 0;
  if (is_any_set(other)) {
    other_size = as_set(other)->used;
  } else if (other.is_object() && other.type() == dict_type) {
    other_size = as_dict(other)->size();
  }
  bool sized = is_any_set(other) || (other.is_object() && other.type() == dict_type);
  if (!sized || (as_set(self)->used >> 2) > other_size) {
    Ref<SetObject> result = copy_of(self);
    if (!difference_update(result.get(), other)) return nullptr;
    return result;
  }
  Ref<SetObject> result = new_set_like(self);
  for (const auto& e : entries_of(as_set(self))) {
    int r = 0;
    if (is_any_set(other)) {
      r = contains_entry(as_set(other), e);
    } else {
      r = as_dict(other)->get(e.key) ? 1 : (error_occurred() ? -1 : 0);
    }
    if (r < 0 || (r == 0 && !set_table_add(result.get(), e.key, e.hash))) return nullptr;
  }
  return result;
}

bool symmetric_difference_update(SetObject* set, const Value& other) {
  if (set == other.object_or_null()) {
    set_table_init(set);
    return true;
  }
  Value other_set = is_any_set(other) ? other : make_set_from(other);
  if (!other_set) return false;
  for (const auto& e : entries_of(as_set(other_set))) {
    int r = set_table_discard(set, e.key, e.hash);
    if (r < 0 || (r == 0 && !set_table_add(set, e.key, e.hash))) return false;
  }
  return true;
}

Value symmetric_difference(const Value& self, const Value& other) {
  Ref<SetObject> result = new_set_like(self);
  if (!update_from(result.get(), other) || !symmetric_difference_update(result.get(), self)) return nullptr;
  return result;
}

// Replaces the table of `set` by that of `other` (CPython's set_swap_bodies, for &=).
void take_table(SetObject* set, SetObject* other) {
  std::swap(set->table, other->table);
  std::swap(set->fill, other->fill);
  std::swap(set->used, other->used);
}

// ---- subset tests ----

int is_subset(SetObject* a, SetObject* b) {
  if (a->used > b->used) return 0;
  for (const auto& e : entries_of(a)) {
    int r = contains_entry(b, e);
    if (r <= 0) return r;
  }
  return 1;
}

Value as_set_value(const Value& v) { return is_any_set(v) ? v : make_set_from(v); }

// ---- slots ----

Value set_repr(const Value& self) {
  SetObject* s = as_set(self);
  bool exact = self.type() == set_type;
  std::string name = self.type()->name;
  if (s->used == 0) return make_str(name + "()");
  ReprGuard guard(self.object());
  if (guard.recursive()) return make_str(name + "(...)");
  std::string out = exact ? "{" : name + "({";
  bool first = true;
  for (const auto& e : entries_of(s)) {
    if (!first) out += ", ";
    first = false;
    if (!append_repr(out, e.key)) return nullptr;
  }
  out += exact ? "}" : "})";
  return make_str(std::move(out));
}

bool set_len(const Value& self, std::int64_t& out) {
  out = as_set(self)->used;
  return true;
}

int set_contains(const Value& self, const Value& key) { return set_contains_key(as_set(self), key); }

Value set_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_any_set(b)) return not_implemented();
  SetObject* x = as_set(a);
  SetObject* y = as_set(b);
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = x->used == y->used ? is_subset(x, y) : 0;
      if (r < 0) return nullptr;
      return py_bool((r == 1) == (op == CompareOp::Eq));
    case CompareOp::Le: r = is_subset(x, y); break;
    case CompareOp::Ge: r = is_subset(y, x); break;
    case CompareOp::Lt: r = x->used < y->used ? is_subset(x, y) : 0; break;
    case CompareOp::Gt: r = x->used > y->used ? is_subset(y, x) : 0; break;
  }
  if (r < 0) return nullptr;
  return py_bool(r == 1);
}

bool frozenset_hash(const Value& self, std::int64_t& out) {
  SetObject* s = as_set(self);
  if (s->cached_hash == -1) {
    auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
    std::uint64_t h = 0;
    for (const auto& e : s->table) {
      if (!e.key.empty()) h ^= shuffle(static_cast<std::uint64_t>(e.hash));
    }
    h ^= (static_cast<std::uint64_t>(s->used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == static_cast<std::uint64_t>(-1)) h = 590923713ull;
    s->cached_hash = static_cast<std::int64_t>(h);
  }
  out = s->cached_hash;
  return true;
}

template <Value (*op)(const Value&, const Value&)>
Value set_binary(const Value& a, const Value& b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return op(a, b);
}

Value union_of(const Value& a, const Value& b) {
  Ref<SetObject> result = copy_of(a);
  if (!update_from(result.get(), b)) return nullptr;
  return result;
}

Value set_ior(const Value& self, const Value& other) {
  if (!is_any_set(other)) return not_implemented();
  if (!update_from(as_set(self), other)) return nullptr;
  return self;
}

Value set_iand(const Value& self, const Value& other) {
  if (!is_any_set(other)) return not_implemented();
  Value tmp = intersection(self, other);
  if (!tmp) return nullptr;
  take_table(as_set(self), as_set(tmp));
  return self;
}

Value set_isub(const Value& self, const Value& other) {
  if (!is_any_set(other)) return not_implemented();
  if (!difference_update(as_set(self), other)) return nullptr;
  return self;
}

Value set_ixor(const Value& self, const Value& other) {
  if (!is_any_set(other)) return not_implemented();
  if (!symmetric_difference_update(as_set(self), other)) return nullptr;
  return self;
}

// ---- iteration ----

struct SetIterObject : Object {
  SetIterObject(Ref<SetObject> s) : Object(set_iterator_type), set(std::move(s)), used(set->used) {}
  Ref<SetObject> set;  // null once exhausted
  std::int64_t used;
  std::size_t pos = 0;
};

Value set_iter(const Value& self) { return make<SetIterObject>(Ref<SetObject>::borrow(as_set(self))); }

Value set_iter_next(const Value& self) {
  auto* it = static_cast<SetIterObject*>(self.object());
  SetObject* s = it->set.get();
  if (s == nullptr) return nullptr;
  if (s->used != it->used) {
    it->used = -1;
    return raise_runtime_error("Set changed size during iteration");
  }
  while (it->pos < s->table.size()) {
    const auto& e = s->table[it->pos++];
    if (!e.key.empty()) return e.key;
  }
  it->set = nullptr;
  return nullptr;
}

// ---- construction ----

Value set_new(Type* type, const Args&) { return make<SetObject>(type); }

bool set_init(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "set") || !check_positional(args, "set", 0, 1)) return false;
  set_table_init(as_set(self));
  return args.size() == 0 || update_from(as_set(self), args[0]);
}

Value frozenset_new(Type* type, const Args& args) {
  if (!check_no_kwargs(args, "frozenset") || !check_positional(args, "frozenset", 0, 1)) return nullptr;
  if (type == frozenset_type && args.size() == 1 && args[0].type() == frozenset_type) return args[0];
  Ref<SetObject> result = make<SetObject>(type);
  if (args.size() == 1 && !update_from(result.get(), args[0])) return nullptr;
  return result;
}

// ---- methods ----

Value method_add(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.add")) return nullptr;
  if (!set_add(as_set(self), args[0])) return nullptr;
  return none();
}

Value method_remove(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.remove")) return nullptr;
  int r = set_discard(as_set(self), args[0]);
  if (r < 0) return nullptr;
  if (r == 0) return raise_key_error(args[0]);
  return none();
}

Value method_discard(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.discard")) return nullptr;
  if (set_discard(as_set(self), args[0]) < 0) return nullptr;
  return none();
}

Value method_pop(const Value& self, const Args& args) {
  if (!check_no_args(args, "set.pop")) return nullptr;
  SetObject* s = as_set(self);
  if (s->used == 0) return raise(key_error_type, "pop from an empty set");
  std::size_t mask = s->table.size() - 1;
  std::size_t i = s->finger & mask;
  while (s->table[i].key.empty()) i = (i + 1) & mask;
  Value key = std::move(s->table[i].key);
  s->table[i] = SetObject::Entry{Value(), -1};
  s->used--;
  s->finger = i + 1;
  return key;
}

Value method_clear(const Value& self, const Args& args) {
  if (!check_no_args(args, "set.clear")) return nullptr;
  std::vector<SetObject::Entry> old = std::move(as_set(self)->table);
  set_table_init(as_set(self));
  return none();
}

Value method_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "set.copy")) return nullptr;
  if (self.type() == frozenset_type) return self;
  return copy_of(self);
}

// The methods taking any number of iterables, each combining them as CPython does (one copy
// updated in place, or a new set per argument), since that decides the result's table layout.
Value method_union(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "set.union")) return nullptr;
  Ref<SetObject> result = copy_of(self);
  for (const Value& other : args.pos) {
    if (!update_from(result.get(), other)) return nullptr;
  }
  return result;
}

Value method_intersection(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "set.intersection")) return nullptr;
  if (args.size() == 0) return copy_of(self);
  Value result = self;
  for (const Value& other : args.pos) {
    result = intersection(result, other);
    if (!result) return nullptr;
  }
  return result;
}

Value method_difference(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "set.difference")) return nullptr;
  if (args.size() == 0) return copy_of(self);
  Value result = difference(self, args[0]);
  for (std::size_t i = 1; result && i < args.size(); i++) {
    if (!difference_update(as_set(result), args[i])) return nullptr;
  }
  return result;
}

template <bool (*op)(SetObject*, const Value&)>
Value update_method(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "set method")) return nullptr;
  for (const Value& other : args.pos) {
    if (!op(as_set(self), other)) return nullptr;
  }
  return none();
}

Value method_intersection_update(const Value& self, const Args& args) {
  Value tmp = method_intersection(self, args);
  if (!tmp) return nullptr;
  if (!tmp.is(self)) take_table(as_set(self), as_set(tmp));
  return none();
}

Value method_symmetric_difference(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.symmetric_difference")) return nullptr;
  return symmetric_difference(self, args[0]);
}

Value method_symmetric_difference_update(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.symmetric_difference_update")) return nullptr;
  if (!symmetric_difference_update(as_set(self), args[0])) return nullptr;
  return none();
}

Value method_issubset(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.issubset")) return nullptr;
  Value other = as_set_value(args[0]);
  if (!other) return nullptr;
  int r = is_subset(as_set(self), as_set(other));
  return r < 0 ? nullptr : py_bool(r == 1);
}

Value method_issuperset(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.issuperset")) return nullptr;
  Value other = as_set_value(args[0]);
  if (!other) return nullptr;
  int r = is_subset(as_set(other), as_set(self));
  return r < 0 ? nullptr : py_bool(r == 1);
}

Value method_isdisjoint(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set.isdisjoint")) return nullptr;
  Value other = as_set_value(args[0]);
  if (!other) return nullptr;
  SetObject* small = as_set(self);
  SetObject* big = as_set(other);
  if (small->used > big->used) std::swap(small, big);
  for (const auto& e : entries_of(small)) {
    int r = contains_entry(big, e);
    if (r != 0) return r < 0 ? nullptr : py_bool(false);
  }
  return py_bool(true);
}

void add_shared_methods(Type* t) {
  add_method(t, "copy", method_copy);
  add_method(t, "union", method_union);
  add_method(t, "intersection", method_intersection);
  add_method(t, "difference", method_difference);
  add_method(t, "symmetric_difference", method_symmetric_difference);
  add_method(t, "issubset", method_issubset);
  add_method(t, "issuperset", method_issuperset);
  add_method(t, "isdisjoint", method_isdisjoint);
}

void set_operator_slots(Type* t) {
  t->repr = set_repr;
  t->len = set_len;
  t->contains = set_contains;
  t->compare = set_compare;
  t->iter = set_iter;
  t->binary[static_cast<int>(BinaryOp::Or)] = set_binary<union_of>;
  t->binary[static_cast<int>(BinaryOp::And)] = set_binary<intersection>;
  t->binary[static_cast<int>(BinaryOp::Sub)] = set_binary<difference>;
  t->binary[static_cast<int>(BinaryOp::Xor)] = set_binary<symmetric_difference>;
}

}  // namespace

bool set_add(SetObject* set, const Value& key) {
  std::int64_t h = 0;
  if (!hash(key, h)) return false;
  return set_table_add(set, key, h);
}

// A set used as a key is looked up as the equal frozenset, as CPython does for `{1} in s`.
template <class Op>
int with_hashable_key(const Value& key, Op op) {
  std::int64_t h = 0;
  if (hash(key, h)) return op(key, h);
  if (!key.is_object() || key.type() != set_type || !error_matches(type_error_type)) return -1;
  clear_error();
  Ref<SetObject> frozen = make<SetObject>(frozenset_type);
  set_table_merge(frozen.get(), as_set(key));
  Value frozen_key = frozen;
  if (!hash(frozen_key, h)) return -1;
  return op(frozen_key, h);
}

int set_contains_key(SetObject* set, const Value& key) {
  return with_hashable_key(key, [set](const Value& k, std::int64_t h) {
    int i = set_table_find(set, k, h);
    return i == -1 ? -1 : i >= 0;
  });
}

int set_discard(SetObject* set, const Value& key) {
  return with_hashable_key(key, [set](const Value& k, std::int64_t h) { return set_table_discard(set, k, h); });
}

Value make_set_from(const Value& iterable) {
  Ref<SetObject> result = make_set();
  if (!update_from(result.get(), iterable)) return nullptr;
  return result;
}

Value make_frozenset_from(const Value& iterable) {
  Ref<SetObject> result = make<SetObject>(frozenset_type);
  if (!update_from(result.get(), iterable)) return nullptr;
  return result;
}

void init_set_types() {
  set_type = new_builtin_type("set", Type::kBaseType);
  Type* t = set_type;
  set_operator_slots(t);
  t->new_instance = set_new;
  t->init = set_init;
  t->inplace[static_cast<int>(BinaryOp::Or)] = set_ior;
  t->inplace[static_cast<int>(BinaryOp::And)] = set_iand;
  t->inplace[static_cast<int>(BinaryOp::Sub)] = set_isub;
  t->inplace[static_cast<int>(BinaryOp::Xor)] = set_ixor;
  add_shared_methods(t);
  add_method(t, "add", method_add);
  add_method(t, "remove", method_remove);
  add_method(t, "discard", method_discard);
  add_method(t, "pop", method_pop);
  add_method(t, "clear", method_clear);
  add_method(t, "update", update_method<update_from>);
  add_method(t, "intersection_update", method_intersection_update);
  add_method(t, "difference_update", update_method<difference_update>);
  add_method(t, "symmetric_difference_update", method_symmetric_difference_update);
  finish_builtin_type(t);

  frozenset_type = new_builtin_type("frozenset", Type::kBaseType);
  set_operator_slots(frozenset_type);
  frozenset_type->hash = frozenset_hash;
  frozenset_type->new_instance = frozenset_new;
  add_shared_methods(frozenset_type);
  finish_builtin_type(frozenset_type);

  set_iterator_type = new_builtin_type("set_iterator", 0);
  set_iterator_type->iter = iter_returns_self;
  set_iterator_type->next = set_iter_next;
  finish_builtin_type(set_iterator_type);
}

}  // namespace py
