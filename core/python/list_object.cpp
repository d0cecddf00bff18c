// list: the mutable sequence, with CPython's slice assignment rules, its methods and iterators.
#include "python/list_object.hpp"

#include <algorithm>

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

Type* list_type = nullptr;

namespace {
Type* list_iterator_type = nullptr;
Type* list_reverseiterator_type = nullptr;
}  // namespace

Ref<ListObject> make_list(std::vector<Value> items) { return make<ListObject>(std::move(items)); }

namespace {

std::vector<Value>& items_of(const Value& v) { return as_list(v)->items; }
std::int64_t size_of(const Value& v) { return static_cast<std::int64_t>(items_of(v).size()); }

Value list_repr(const Value& self) { return items_repr(self.object(), items_of(self), "[", "]"); }

Value list_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_list(b)) return not_implemented();
  return compare_items(items_of(a), items_of(b), op);
}

bool list_len(const Value& self, std::int64_t& out) {
  out = size_of(self);
  return true;
}

Value indices_type_error(const Value& key) {
  return raise_format(type_error_type, "list indices must be integers or slices, not %s", key.type()->name.c_str());
}

Value list_getitem(const Value& self, const Value& key) {
  const auto& items = items_of(self);
  if (is_slice(key)) {
    std::int64_t start = 0, stop = 0, step = 0, count = 0;
    if (!slice_indices(key, size_of(self), start, stop, step, count)) return nullptr;
    std::vector<Value> out;
    out.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; i++) out.push_back(items[static_cast<std::size_t>(start + i * step)]);
    return make_list(std::move(out));
  }
  if (!is_index_like(key)) return indices_type_error(key);
  std::int64_t i = 0;
  if (!sequence_index(key, size_of(self), "list index out of range", i)) return nullptr;
  return items[static_cast<std::size_t>(i)];
}

// a[start:stop:step] = value, or del a[...] when value is empty (CPython's list_ass_subscript).
bool assign_slice(const Value& self, const Value& slice, const Value& value) {
  std::int64_t start = 0, stop = 0, step = 0, count = 0;
  if (!slice_indices(slice, size_of(self), start, stop, step, count)) return false;
  std::vector<Value> replacement;
  if (value) {
    if (value.type()->iter == nullptr) {
      raise_type_error(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
      return false;
    }
    if (!collect(value, replacement)) return false;
  }
  auto& items = items_of(self);
  if (step == 1) {
    auto first = items.begin() + start;
    auto last = items.begin() + std::max(start, stop);
    std::vector<Value> removed(std::make_move_iterator(first), std::make_move_iterator(last));
    items.erase(first, last);
    items.insert(items.begin() + start, replacement.begin(), replacement.end());
    return true;
  }
  if (!value) {
    // Deleting an extended slice: keep the items it does not select, in order.
    std::vector<Value> kept;
    std::vector<bool> selected(items.size(), false);
    for (std::int64_t i = 0; i < count; i++) selected[static_cast<std::size_t>(start + i * step)] = true;
    for (std::size_t i = 0; i < items.size(); i++) {
      if (!selected[i]) kept.push_back(std::move(items[i]));
    }
    std::vector<Value> removed = std::exchange(items, std::move(kept));
    return true;
  }
  if (static_cast<std::int64_t>(replacement.size()) != count) {
    raise_format(value_error_type, "attempt to assign sequence of size %zu to extended slice of size %lld",
                 replacement.size(), static_cast<long long>(count));
    return false;
  }
  for (std::int64_t i = 0; i < count; i++) {
    std::swap(items[static_cast<std::size_t>(start + i * step)], replacement[static_cast<std::size_t>(i)]);
  }
  return true;
}

bool list_setitem(const Value& self, const Value& key, const Value& value) {
  if (is_slice(key)) return assign_slice(self, key, value);
  if (!is_index_like(key)) {
    indices_type_error(key);
    return false;
  }
  std::int64_t i = 0;
  if (!sequence_index(key, size_of(self), "list assignment index out of range", i)) return false;
  auto& items = items_of(self);
  // The old item is released after the list is consistent again (its __del__ may look at it).
  Value old = std::move(items[static_cast<std::size_t>(i)]);
  if (value) {
    items[static_cast<std::size_t>(i)] = value;
  } else {
    items.erase(items.begin() + i);
  }
  return true;
}

int list_contains(const Value& self, const Value& x) {
  const auto& items = items_of(self);
  for (std::size_t i = 0; i < items.size(); i++) {
    Value item = items[i];
    int eq = equal(item, x);
    if (eq != 0) return eq;
  }
  return 0;
}

Value list_concat(const Value& a, const Value& b) {
  if (!is_list(a) || !is_list(b)) return not_implemented();
  std::vector<Value> out = items_of(a);
  out.insert(out.end(), items_of(b).begin(), items_of(b).end());
  return make_list(std::move(out));
}

Value list_repeat(const Value& a, const Value& b) {
  int side = 0;
  std::int64_t count = 0;
  int r = repeat_operands(a, b, is_list, side, count);
  if (r <= 0) return r == 0 ? not_implemented() : nullptr;
  return make_list(repeat_items<std::vector<Value>>(items_of(side == 0 ? a : b), count));
}

bool extend(const Value& self, const Value& iterable) {
  std::vector<Value> extra;
  if (!collect(iterable, extra)) return false;
  auto& items = items_of(self);
  items.insert(items.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
  return true;
}

Value list_inplace_concat(const Value& self, const Value& other) {
  if (!extend(self, other)) return nullptr;
  return self;
}

Value list_inplace_repeat(const Value& self, const Value& other) {
  if (!is_index_like(other)) return not_implemented();
  std::int64_t count = 0;
  if (!to_index(other, count)) return nullptr;
  std::vector<Value> out = repeat_items<std::vector<Value>>(items_of(self), count);
  std::swap(items_of(self), out);
  return self;
}

Value list_iter(const Value& self) { return make<SeqIterObject>(list_iterator_type, self, 0); }

template <bool reverse>
Value list_iter_next(const Value& self) {
  auto* it = static_cast<SeqIterObject*>(self.object());
  if (!it->seq) return nullptr;
  return seq_iter_step(it, items_of(it->seq), reverse);
}

Value list_new(Type* type, const Args&) { return make<ListObject>(std::vector<Value>{}, type); }

bool list_init(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "list") || !check_positional(args, "list", 0, 1)) return false;
  std::vector<Value> old = std::move(items_of(self));
  items_of(self).clear();
  release_last_to_first(old);
  return args.size() == 0 || extend(self, args[0]);
}

// ---- methods ----

Value list_append(const Value& self, const Args& args) {
  if (!check_one_arg(args, "list.append")) return nullptr;
  items_of(self).push_back(args[0]);
  return none();
}

Value list_extend(const Value& self, const Args& args) {
  if (!check_one_arg(args, "list.extend")) return nullptr;
  if (!extend(self, args[0])) return nullptr;
  return none();
}

Value list_insert(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "insert") || !check_positional(args, "insert", 2, 2)) return nullptr;
  std::int64_t i = 0;
  if (!to_index(args[0], i)) return nullptr;
  std::int64_t n = size_of(self);
  if (i < 0) i = std::max<std::int64_t>(i + n, 0);
  i = std::min(i, n);
  items_of(self).insert(items_of(self).begin() + i, args[1]);
  return none();
}

Value list_pop(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "pop") || !check_positional(args, "pop", 0, 1)) return nullptr;
  std::int64_t i = -1;
  if (args.size() == 1 && !to_index(args[0], i)) return nullptr;
  auto& items = items_of(self);
  if (items.empty()) return raise_index_error("pop from empty list");
  std::int64_t n = size_of(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise_index_error("pop index out of range");
  Value item = std::move(items[static_cast<std::size_t>(i)]);
  items.erase(items.begin() + i);
  return item;
}

Value list_remove(const Value& self, const Args& args) {
  if (!check_one_arg(args, "list.remove")) return nullptr;
  auto& items = items_of(self);
  for (std::size_t i = 0; i < items.size(); i++) {
    Value item = items[i];
    int eq = equal(item, args[0]);
    if (eq < 0) return nullptr;
    if (eq > 0) {
      if (i < items.size()) items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      return none();
    }
  }
  return raise_value_error("list.remove(x): x not in list");
}

Value list_not_found(const Value& x) {
  std::string text;
  if (!repr_string(x, text)) return nullptr;
  return raise_value_error(text + " is not in list");
}

Value list_index(const Value& self, const Args& args) { return items_index(items_of(self), args, list_not_found); }

Value list_count(const Value& self, const Args& args) {
  if (!check_one_arg(args, "list.count")) return nullptr;
  return items_count(items_of(self), args[0]);
}

Value list_reverse(const Value& self, const Args& args) {
  if (!check_no_args(args, "list.reverse")) return nullptr;
  std::reverse(items_of(self).begin(), items_of(self).end());
  return none();
}

Value list_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "list.copy")) return nullptr;
  return make_list(items_of(self));
}

Value list_clear(const Value& self, const Args& args) {
  if (!check_no_args(args, "list.clear")) return nullptr;
  std::vector<Value> old = std::move(items_of(self));
  items_of(self).clear();
  release_last_to_first(old);
  return none();
}

Value list_reversed(const Value& self, const Args& args) {
  if (!check_no_args(args, "list.__reversed__")) return nullptr;
  return make<SeqIterObject>(list_reverseiterator_type, self, size_of(self) - 1);
}

Type* new_list_iterator_type(const char* name, UnarySlot next) {
  Type* t = new_builtin_type(name, 0);
  t->iter = iter_returns_self;
  t->next = next;
  finish_builtin_type(t);
  return t;
}

}  // namespace

void init_list_type() {
  list_type = new_builtin_type("list", Type::kBaseType | Type::kIsListSubclass);
  Type* t = list_type;
  t->repr = list_repr;
  t->compare = list_compare;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->new_instance = list_new;
  t->init = list_init;
  t->binary[static_cast<int>(BinaryOp::Add)] = list_concat;
  t->binary[static_cast<int>(BinaryOp::Mul)] = list_repeat;
  t->inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_concat;
  t->inplace[static_cast<int>(BinaryOp::Mul)] = list_inplace_repeat;
  add_method(t, "append", list_append);
  add_method(t, "extend", list_extend);
  add_method(t, "insert", list_insert);
  add_method(t, "pop", list_pop);
  add_method(t, "remove", list_remove);
  add_method(t, "index", list_index);
  add_method(t, "count", list_count);
  add_method(t, "sort", list_sort);
  add_method(t, "reverse", list_reverse);
  add_method(t, "copy", list_copy);
  add_method(t, "clear", list_clear);
  add_method(t, "__reversed__", list_reversed);
  finish_builtin_type(t);
  list_iterator_type = new_list_iterator_type("list_iterator", list_iter_next<false>);
  list_reverseiterator_type = new_list_iterator_type("list_reverseiterator", list_iter_next<true>);
}

}  // namespace py
