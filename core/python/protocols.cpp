// Subscripts, containment, len() and iteration on any Value (runtime.hpp).
#include <cstdint>

#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/vm.hpp"

namespace py {

Value get_item(const Value& obj, const Value& key) {
  if (GetItemSlot slot = obj.type()->getitem) return slot(obj, key);
  if (isinstance_of(obj, type_type)) {
    return raise_format(type_error_type, "type '%s' is not subscriptable", static_cast<Type*>(obj.object())->name.c_str());
  }
  return raise_format(type_error_type, "'%s' object is not subscriptable", obj.type()->name.c_str());
}

bool set_item(const Value& obj, const Value& key, const Value& value) {
  if (SetItemSlot slot = obj.type()->setitem) return slot(obj, key, value);
  raise_format(type_error_type, "'%s' object does not support item assignment", obj.type()->name.c_str());
  return false;
}

bool del_item(const Value& obj, const Value& key) {
  if (SetItemSlot slot = obj.type()->setitem) return slot(obj, key, Value());
  raise_format(type_error_type, "'%s' object doesn't support item deletion", obj.type()->name.c_str());
  return false;
}

int contains(const Value& container, const Value& item) {
  if (ContainsSlot slot = container.type()->contains) return slot(container, item);
  if (container.type()->iter == nullptr) {
    raise_format(type_error_type, "argument of type '%s' is not iterable", container.type()->name.c_str());
    return -1;
  }
  Value it = get_iter(container);
  if (!it) return -1;
  while (Value x = iter_next(it)) {
    int eq = equal(x, item);
    if (eq != 0) return eq;
  }
  return error_occurred() ? -1 : 0;
}

bool length(const Value& obj, std::int64_t& out) {
  if (LenSlot slot = obj.type()->len) return slot(obj, out);
  raise_format(type_error_type, "object of type '%s' has no len()", obj.type()->name.c_str());
  return false;
}

Value get_iter(const Value& obj) {
  UnarySlot slot = obj.type()->iter;
  if (slot == nullptr) return raise_format(type_error_type, "'%s' object is not iterable", obj.type()->name.c_str());
  Value it = slot(obj);
  if (it && it.type()->next == nullptr) {
    return raise_format(type_error_type, "iter() returned non-iterator of type '%s'", it.type()->name.c_str());
  }
  return it;
}

Value iter_next(const Value& iterator) {
  // A loop in C++ over an endless iterator (sum(itertools.count()), max(itertools.repeat(1))) must
  // stop on Ctrl+C and --interrupt-at: they are looked for every 1024 items.
  static thread_local std::uint32_t items = 0;
  if ((++items & 1023) == 0 && vm_raise_if_interrupted()) return nullptr;
  UnarySlot slot = iterator.type()->next;
  if (slot == nullptr) return raise_format(type_error_type, "'%s' object is not an iterator", iterator.type()->name.c_str());
  Value item = slot(iterator);
  // As PyIter_Next: a generator's return value (StopIteration(5)) is the end, not an error.
  if (!item && error_matches(stop_iteration_type)) clear_error();
  return item;
}

bool collect(const Value& iterable, std::vector<Value>& out) {
  Value it = get_iter(iterable);
  if (!it) return false;
  while (Value x = iter_next(it)) out.push_back(std::move(x));
  return !error_occurred();
}

}  // namespace py
