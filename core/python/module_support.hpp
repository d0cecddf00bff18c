// Helpers the built-in modules share: filling a module's namespace and turning the number
// library's failures into Python exceptions.
#pragma once

#include <initializer_list>

#include "python/function_object.hpp"
#include "python/module_object.hpp"
#include "python/num_error.hpp"

namespace py {

struct FunctionDef {
  const char* name;
  NativeFunction fn;
};

// Module-level functions, bound to the module (CPython's `<built-in function sqrt>`).
void add_functions(ModuleObject& module, std::initializer_list<FunctionDef> defs);
void add_value(ModuleObject& module, const char* name, Value value);

// Raises the Python exception a NumError names, with its message.
Value raise_num_error(const NumError& error);

// Unwraps a NumResult into `out`, or raises its error and returns false.
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
