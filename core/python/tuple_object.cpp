// tuple: immutable sequence; hash as CPython's xxHash-based tuplehash, so hash((1, 2)) matches.
#include "python/tuple_object.hpp"

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/slice_object.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* tuple_type = nullptr;

namespace {
Type* tuple_iterator_type = nullptr;
TupleObject* the_empty_tuple = nullptr;
}  // namespace

Ref<TupleObject> make_tuple(std::vector<Value> items) {
  if (items.empty() && the_empty_tuple != nullptr) return empty_tuple();
  return make<TupleObject>(std::move(items));
}

Ref<TupleObject> make_tuple(std::initializer_list<Value> items) { return make_tuple(std::vector<Value>(items)); }

Ref<TupleObject> empty_tuple() { return Ref<TupleObject>::borrow(the_empty_tuple); }

namespace {

const std::vector<Value>& items_of(const Value& v) { return as_tuple(v)->items; }

bool tuple_hash(const Value& self, std::int64_t& out) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
  const auto& items = items_of(self);
  std::uint64_t acc = kPrime5;
  for (const Value& item : items) {
    std::int64_t lane = 0;
    if (!hash(item, lane)) return false;
    acc += static_cast<std::uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += items.size() ^ (kPrime5 ^ 3527539ull);
  out = acc == static_cast<std::uint64_t>(-1) ? 1546275796 : static_cast<std::int64_t>(acc);
  return true;
}

Value tuple_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_tuple(b)) return not_implemented();
  return compare_items(items_of(a), items_of(b), op);
}

Value tuple_repr(const Value& self) { return items_repr(self.object(), items_of(self), "(", ")", true); }

bool tuple_len(const Value& self, std::int64_t& out) {
  out = static_cast<std::int64_t>(items_of(self).size());
  return true;
}

Value tuple_getitem(const Value& self, const Value& key) {
  const auto& items = items_of(self);
  auto length = static_cast<std::int64_t>(items.size());
  if (is_slice(key)) {
    std::int64_t start = 0, stop = 0, step = 0, count = 0;
    if (!slice_indices(key, length, start, stop, step, count)) return nullptr;
    if (step == 1 && count == length && self.type() == tuple_type) return self;
    std::vector<Value> out;
    out.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; i++) out.push_back(items[static_cast<std::size_t>(start + i * step)]);
    return make_tuple(std::move(out));
  }
  if (!is_index_like(key)) {
    return raise_format(type_error_type, "tuple indices must be integers or slices, not %s", key.type()->name.c_str());
  }
  std::int64_t i = 0;
  if (!sequence_index(key, length, "tuple index out of range", i)) return nullptr;
  return items[static_cast<std::size_t>(i)];
}

int tuple_contains(const Value& self, const Value& x) {
  for (const Value& item : items_of(self)) {
    int eq = equal(item, x);
    if (eq != 0) return eq;
  }
  return 0;
}

Value tuple_concat(const Value& a, const Value& b) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
  std::vector<Value> out = items_of(a);
  out.insert(out.end(), items_of(b).begin(), items_of(b).end());
  return make_tuple(std::move(out));
}

Value tuple_repeat(const Value& a, const Value& b) {
  int side = 0;
  std::int64_t count = 0;
  int r = repeat_operands(a, b, is_tuple, side, count);
  if (r <= 0) return r == 0 ? not_implemented() : nullptr;
  const Value& seq = side == 0 ? a : b;
  if (count == 1 && seq.type() == tuple_type) return seq;
  return make_tuple(repeat_items<std::vector<Value>>(items_of(seq), count));
}

Value tuple_iter(const Value& self) { return make<SeqIterObject>(tuple_iterator_type, self, 0); }

Value tuple_iter_next(const Value& self) {
  auto* it = static_cast<SeqIterObject*>(self.object());
  if (!it->seq) return nullptr;
  return seq_iter_step(it, items_of(it->seq), false);
}

Value tuple_new(Type* type, const Args& args) {
  if (!check_no_kwargs(args, "tuple") || !check_positional(args, "tuple", 0, 1)) return nullptr;
  if (args.size() == 0) return type == tuple_type ? Value(empty_tuple()) : Value(make<TupleObject>(std::vector<Value>{}, type));
  if (type == tuple_type && args[0].type() == tuple_type) return args[0];
  std::vector<Value> items;
  if (!collect(args[0], items)) return nullptr;
  if (type == tuple_type) return make_tuple(std::move(items));
  return make<TupleObject>(std::move(items), type);
}

Value tuple_not_found(const Value&) { return raise_value_error("tuple.index(x): x not in tuple"); }

Value tuple_index(const Value& self, const Args& args) { return items_index(items_of(self), args, tuple_not_found); }

Value tuple_count(const Value& self, const Args& args) {
  if (!check_one_arg(args, "tuple.count")) return nullptr;
  return items_count(items_of(self), args[0]);
}

}  // namespace

void init_tuple_type() {
  tuple_type = new_builtin_type("tuple", Type::kBaseType | Type::kIsTupleSubclass);
  Type* t = tuple_type;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->new_instance = tuple_new;
  t->binary[static_cast<int>(BinaryOp::Add)] = tuple_concat;
  t->binary[static_cast<int>(BinaryOp::Mul)] = tuple_repeat;
  add_method(t, "index", tuple_index);
  add_method(t, "count", tuple_count);
  finish_builtin_type(t);
  the_empty_tuple = make_immortal<TupleObject>(std::vector<Value>{});

  tuple_iterator_type = new_builtin_type("tuple_iterator", 0);
  tuple_iterator_type->iter = iter_returns_self;
  tuple_iterator_type->next = tuple_iter_next;
  finish_builtin_type(tuple_iterator_type);
}

}  // namespace py
