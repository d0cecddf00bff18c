// collections.deque: a double-ended queue with an optional maximum length (appends past it
// discard from the other end).
#include <algorithm>
#include <deque>
#include <string>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* deque_type = nullptr;

namespace {

Type* deque_iterator_type = nullptr;

struct DequeObject : Object {
  using Object::Object;
  std::deque<Value> items;
  std::int64_t maxlen = -1;  // -1: unbounded
  std::uint64_t version = 0; // changes on every mutation, so iterators can detect one

  void push_back(Value v) {
    if (maxlen == 0) return;
    if (maxlen > 0 && static_cast<std::int64_t>(items.size()) == maxlen) items.pop_front();
    items.push_back(std::move(v));
    version++;
  }
  void push_front(Value v) {
    if (maxlen == 0) return;
    if (maxlen > 0 && static_cast<std::int64_t>(items.size()) == maxlen) items.pop_back();
    items.push_front(std::move(v));
    version++;
  }
};

DequeObject* as_deque(const Value& v) { return static_cast<DequeObject*>(v.object()); }

Value deque_new(Type* type, const Args&) { return make<DequeObject>(type); }

// Appends every item of `iterable` at one end; a deque extended with itself copies first.
bool extend(DequeObject* d, const Value& iterable, bool at_front) {
  std::vector<Value> items;
  if (!collect(iterable, items)) return false;
  for (Value& item : items) {
    if (at_front) {
      d->push_front(std::move(item));
    } else {
      d->push_back(std::move(item));
    }
  }
  return true;
}

bool deque_init(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "deque", .names = {"iterable", "maxlen"}};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return false;
  DequeObject* d = as_deque(self);
  if (bound[1] && !is_none(bound[1])) {
    if (!to_int64(bound[1], d->maxlen)) return false;
    if (d->maxlen < 0) {
      raise_value_error("maxlen must be non-negative");
      return false;
    }
  } else {
    d->maxlen = -1;
  }
  d->items.clear();
  d->version++;
  return !bound[0] || extend(d, bound[0], false);
}

Value deque_repr(const Value& self) {
  DequeObject* d = as_deque(self);
  ReprGuard guard(d);
  if (guard.recursive()) return make_str("[...]");
  std::string text = self.type()->name + "([";
  for (std::size_t i = 0; i < d->items.size(); i++) {
    if (i > 0) text += ", ";
    Value item = d->items[i];  // a __repr__ may mutate the deque
    if (!append_repr(text, item)) return nullptr;
  }
  text += "]";
  if (d->maxlen >= 0) text += ", maxlen=" + std::to_string(d->maxlen);
  return make_str(text + ")");
}

bool deque_len(const Value& self, std::int64_t& out) {
  out = static_cast<std::int64_t>(as_deque(self)->items.size());
  return true;
}

bool checked_index(DequeObject* d, const Value& key, std::size_t& out) {
  std::int64_t i;
  if (!to_index(key, i)) return false;
  auto n = static_cast<std::int64_t>(d->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise_index_error("deque index out of range");
    return false;
  }
  out = static_cast<std::size_t>(i);
  return true;
}

Value deque_getitem(const Value& self, const Value& key) {
  std::size_t i;
  if (!checked_index(as_deque(self), key, i)) return nullptr;
  return as_deque(self)->items[i];
}

bool deque_setitem(const Value& self, const Value& key, const Value& value) {
  DequeObject* d = as_deque(self);
  std::size_t i;
  if (!checked_index(d, key, i)) return false;
  if (value) {
    d->items[i] = value;
  } else {
    d->items.erase(d->items.begin() + static_cast<std::ptrdiff_t>(i));
    d->version++;
  }
  return true;
}

// The position of the first item equal to `x`, or -1 (with an exception set on error).
std::int64_t find(DequeObject* d, const Value& x) {
  std::uint64_t version = d->version;
  for (std::size_t i = 0; i < d->items.size(); i++) {
    Value item = d->items[i];
    int eq = equal(item, x);
    if (eq < 0) return -1;
    if (d->version != version) {
      raise_runtime_error("deque mutated during iteration");
      return -1;
    }
    if (eq) return static_cast<std::int64_t>(i);
  }
  return -1;
}

int deque_contains(const Value& self, const Value& x) {
  std::int64_t i = find(as_deque(self), x);
  if (i < 0) return error_occurred() ? -1 : 0;
  return 1;
}

// Sequence comparison, item by item, as CPython's deque_richcompare.
Value deque_compare(const Value& self, const Value& other, CompareOp op) {
  if (!isinstance_of(other, deque_type)) return not_implemented();
  DequeObject* a = as_deque(self);
  DequeObject* b = as_deque(other);
  std::size_t n = std::min(a->items.size(), b->items.size());
  for (std::size_t i = 0; i < n; i++) {
    Value x = a->items[i], y = b->items[i];
    int eq = equal(x, y);
    if (eq < 0) return nullptr;
    if (eq) continue;
    if (op == CompareOp::Eq) return py_bool(false);
    if (op == CompareOp::Ne) return py_bool(true);
    return compare(x, y, op);
  }
  std::size_t la = a->items.size(), lb = b->items.size();
  switch (op) {
    case CompareOp::Lt: return py_bool(la < lb);
    case CompareOp::Le: return py_bool(la <= lb);
    case CompareOp::Eq: return py_bool(la == lb);
    case CompareOp::Ne: return py_bool(la != lb);
    case CompareOp::Gt: return py_bool(la > lb);
    case CompareOp::Ge: return py_bool(la >= lb);
  }
  return nullptr;
}

bool is_deque(const Value& v) { return isinstance_of(v, deque_type); }

// deque.copy(), and the base of `+` and `*`: a subclass's copy comes from calling the subclass,
// as CPython's deque_copy does.
Value copy_of(DequeObject* d) {
  if (d->type() != deque_type) {
    Value type = Value::borrow(d->type());
    Value self = Value::borrow(d);
    Value copy = d->maxlen < 0 ? call(type, {self}) : call(type, {self, int_from_int64(d->maxlen)});
    if (copy && !is_deque(copy)) {
      return raise_format(type_error_type, "%s() returned a non-deque (type %s)", d->type()->name.c_str(),
                          type_name(copy).data());
    }
    return copy;
  }
  Ref<DequeObject> copy = make<DequeObject>(deque_type);
  copy->items = d->items;
  copy->maxlen = d->maxlen;
  return copy;
}

Value deque_add(const Value& left, const Value& right) {
  if (!isinstance_of(left, deque_type) || !isinstance_of(right, deque_type)) {
    if (isinstance_of(left, deque_type)) {
      return raise_format(type_error_type, "can only concatenate deque (not \"%s\") to deque", type_name(right).data());
    }
    return not_implemented();
  }
  Value result = copy_of(as_deque(left));
  if (!result) return nullptr;
  for (const Value& item : as_deque(right)->items) as_deque(result)->push_back(item);
  return result;
}

// The items of `deque * count`: `count` times over; a bounded deque keeps only the last maxlen,
// which are picked directly (the full repetition may be astronomically long).
std::deque<Value> repeated_items(const DequeObject& d, std::int64_t count) {
  const std::size_t size = d.items.size();
  if (size == 0 || count <= 0 || d.maxlen == 0) return {};
  if (d.maxlen < 0) return repeat_items<std::deque<Value>>(d.items, count);
  const auto total = static_cast<unsigned __int128>(size) * static_cast<std::uint64_t>(count);
  const std::size_t keep = total < static_cast<std::uint64_t>(d.maxlen) ? static_cast<std::size_t>(total)
                                                                        : static_cast<std::size_t>(d.maxlen);
  const std::size_t first = (size - keep % size) % size;  // (total - keep) % size, as total % size == 0
  std::deque<Value> out;
  for (std::size_t j = 0; j < keep; ++j) out.push_back(d.items[(first + j) % size]);
  return out;
}

// The deque operand of `*` or `*=` and the count: 1, or 0 for NotImplemented, -1 on error.
int deque_repeat_operands(const Value& a, const Value& b, DequeObject*& d, std::int64_t& count) {
  int side = 0;
  int r = repeat_operands(a, b, is_deque, side, count);
  if (r > 0) d = as_deque(side == 0 ? a : b);
  return r;
}

Value deque_repeat(const Value& a, const Value& b) {
  DequeObject* d = nullptr;
  std::int64_t count = 0;
  if (int r = deque_repeat_operands(a, b, d, count); r <= 0) return r == 0 ? not_implemented() : nullptr;
  Value result = copy_of(d);
  if (result) as_deque(result)->items = repeated_items(*as_deque(result), count);
  return result;
}

Value deque_inplace_repeat(const Value& self, const Value& other) {
  DequeObject* d = nullptr;
  std::int64_t count = 0;
  if (int r = deque_repeat_operands(self, other, d, count); r <= 0) return r == 0 ? not_implemented() : nullptr;
  std::deque<Value> items = repeated_items(*d, count);
  std::swap(d->items, items);
  d->version++;
  return self;
}

Value deque_inplace_add(const Value& self, const Value& other) {
  if (!extend(as_deque(self), other, false)) return nullptr;
  return self;
}

// ---- iteration ----

struct DequeIteratorObject : Object {
  DequeIteratorObject(Value deque, std::uint64_t version) : Object(deque_iterator_type), deque(std::move(deque)), version(version) {}
  Value deque;
  std::uint64_t version;
  std::size_t index = 0;
};

Value deque_iter(const Value& self) { return make<DequeIteratorObject>(self, as_deque(self)->version); }

Value deque_iterator_next(const Value& self) {
  auto* it = static_cast<DequeIteratorObject*>(self.object());
  DequeObject* d = as_deque(it->deque);
  if (d->version != it->version) return raise_runtime_error("deque mutated during iteration");
  if (it->index >= d->items.size()) return nullptr;
  return d->items[it->index++];
}

// ---- methods ----

Value deque_append(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.append")) return nullptr;
  as_deque(self)->push_back(args[0]);
  return none();
}

Value deque_appendleft(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.appendleft")) return nullptr;
  as_deque(self)->push_front(args[0]);
  return none();
}

Value pop_end(const Value& self, const Args& args, const char* fname, bool front) {
  if (!check_no_args(args, fname)) return nullptr;
  DequeObject* d = as_deque(self);
  if (d->items.empty()) return raise_index_error("pop from an empty deque");
  Value item = front ? d->items.front() : d->items.back();
  if (front) {
    d->items.pop_front();
  } else {
    d->items.pop_back();
  }
  d->version++;
  return item;
}

Value deque_pop(const Value& self, const Args& args) { return pop_end(self, args, "deque.pop", false); }
Value deque_popleft(const Value& self, const Args& args) { return pop_end(self, args, "deque.popleft", true); }

Value deque_extend(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.extend") || !extend(as_deque(self), args[0], false)) return nullptr;
  return none();
}

Value deque_extendleft(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.extendleft") || !extend(as_deque(self), args[0], true)) return nullptr;
  return none();
}

Value deque_rotate(const Value& self, const Args& args) {
  if (!check_positional(args, "rotate", 0, 1)) return nullptr;
  std::int64_t n = 1;
  if (args.size() == 1 && !to_int64(args[0], n)) return nullptr;
  DequeObject* d = as_deque(self);
  auto size = static_cast<std::int64_t>(d->items.size());
  if (size <= 1) return none();
  std::int64_t shift = ((n % size) + size) % size;  // to the right
  std::rotate(d->items.begin(), d->items.end() - shift, d->items.end());
  d->version++;
  return none();
}

Value deque_clear(const Value& self, const Args& args) {
  if (!check_no_args(args, "deque.clear")) return nullptr;
  as_deque(self)->items.clear();
  as_deque(self)->version++;
  return none();
}

Value deque_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "deque.copy")) return nullptr;
  return copy_of(as_deque(self));
}

Value deque_reverse(const Value& self, const Args& args) {
  if (!check_no_args(args, "deque.reverse")) return nullptr;
  std::reverse(as_deque(self)->items.begin(), as_deque(self)->items.end());
  as_deque(self)->version++;
  return none();
}

Value deque_count(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.count")) return nullptr;
  std::int64_t count = 0;
  DequeObject* d = as_deque(self);
  for (std::size_t i = 0; i < d->items.size(); i++) {
    Value item = d->items[i];
    int eq = equal(item, args[0]);
    if (eq < 0) return nullptr;
    count += eq;
  }
  return int_from_int64(count);
}

Value not_in_deque(const Value& x) {
  std::string text;
  if (!repr_string(x, text)) return nullptr;
  return raise_value_error(text + " is not in deque");
}

Value deque_index(const Value& self, const Args& args) {
  if (!check_positional(args, "index", 1, 1)) return nullptr;
  std::int64_t i = find(as_deque(self), args[0]);
  if (i >= 0) return int_from_int64(i);
  if (error_occurred()) return nullptr;
  return not_in_deque(args[0]);
}

Value deque_remove(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deque.remove")) return nullptr;
  DequeObject* d = as_deque(self);
  std::int64_t i = find(d, args[0]);
  if (i < 0) return error_occurred() ? Value() : not_in_deque(args[0]);
  d->items.erase(d->items.begin() + i);
  d->version++;
  return none();
}

Value deque_insert(const Value& self, const Args& args) {
  std::int64_t i;
  if (!check_positional(args, "insert", 2, 2) || !to_index(args[0], i)) return nullptr;
  DequeObject* d = as_deque(self);
  auto n = static_cast<std::int64_t>(d->items.size());
  if (d->maxlen >= 0 && n >= d->maxlen) return raise_index_error("deque already at its maximum size");
  if (i < 0) i = std::max<std::int64_t>(0, i + n);
  i = std::min(i, n);
  d->items.insert(d->items.begin() + i, args[1]);
  d->version++;
  return none();
}

Value deque_maxlen(const Value& self) {
  std::int64_t maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? none() : int_from_int64(maxlen);
}

}  // namespace

void init_deque_type() {
  deque_type = new_module_type("deque", "collections", Type::kBaseType | Type::kRepeatable);
  deque_type->new_instance = deque_new;
  deque_type->init = deque_init;
  deque_type->repr = deque_repr;
  deque_type->len = deque_len;
  deque_type->getitem = deque_getitem;
  deque_type->setitem = deque_setitem;
  deque_type->contains = deque_contains;
  deque_type->compare = deque_compare;
  deque_type->iter = deque_iter;
  deque_type->binary[static_cast<int>(BinaryOp::Add)] = deque_add;
  deque_type->inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
  deque_type->binary[static_cast<int>(BinaryOp::Mul)] = deque_repeat;
  deque_type->inplace[static_cast<int>(BinaryOp::Mul)] = deque_inplace_repeat;
  finish_module_type(deque_type);
  add_getset(deque_type, "maxlen", deque_maxlen);
  for (const FunctionDef& m : std::initializer_list<FunctionDef>{
           {"append", deque_append},   {"appendleft", deque_appendleft}, {"pop", deque_pop},
           {"popleft", deque_popleft}, {"extend", deque_extend},         {"extendleft", deque_extendleft},
           {"rotate", deque_rotate},   {"clear", deque_clear},           {"copy", deque_copy},
           {"reverse", deque_reverse}, {"count", deque_count},           {"index", deque_index},
           {"remove", deque_remove},   {"insert", deque_insert}}) {
    add_method(deque_type, m.name, m.fn);
  }
  deque_iterator_type = new_iterator_type("_deque_iterator", "collections", deque_iterator_next, nullptr);
}

}  // namespace py
