// Helpers the built-in modules share: filling a module's namespace and turning the number
// library's failures into Python exceptions.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/module_object.hpp"
#include "python/num_error.hpp"

namespace py {

struct FunctionDef {
  const char* name;
  NativeFunction fn;
};

// A process-wide type of a built-in module (deque, partial, Random, ...). Set its slots, then
// call finish_module_type(), which inherits the rest from `base` (object when null).
Type* new_module_type(const char* name, const char* module, std::uint32_t flags, Type* base = nullptr);
void finish_module_type(Type* type);

// The `iter` slot of iterators: an iterator is its own iterator.
Value iter_self(const Value& self);
// An iterator type: `next` as its next slot, created by calling it through `new_instance`
// (subclassable), or only from C++ when that is null.
Type* new_iterator_type(const char* name, const char* module, UnarySlot next, NewSlot new_instance);

// Module-level functions, bound to the module (CPython's `<built-in function sqrt>`).
void add_functions(ModuleObject& module, std::initializer_list<FunctionDef> defs);
void add_value(ModuleObject& module, const char* name, Value value);

// Unwraps a NumResult into `out`, or raises its error (raise_num_error, int_object.hpp) and
// returns false.
template <class T>
bool unwrap(NumResult<T> result, T& out) {
  if (!result.ok()) {
    raise_num_error(result.error());
    return false;
  }
  out = std::move(result).value();
  return true;
}

}  // namespace py
