// Callables: Python functions, closures' cells, bound methods and built-in (C++) functions.
#pragma once

#include <string>
#include <vector>

#include "python/code.hpp"
#include "python/object.hpp"

namespace py {

struct DictObject;
struct TupleObject;

extern Type* function_type;
extern Type* cell_type;
extern Type* method_type;           // a Python function bound to an instance
extern Type* builtin_function_type; // "builtin_function_or_method"
extern Type* method_descriptor_type;  // a built-in method looked up on its type: str.upper

struct FunctionObject : Object {
  FunctionObject(Ref<CodeObject> code, Value globals);
  Ref<CodeObject> code;
  Value globals;                  // the module's dict
  Value builtins;                 // the builtins dict seen by this function
  Ref<TupleObject> defaults;      // may be null
  Value kwdefaults;               // a dict or empty
  Ref<TupleObject> closure;       // cells, may be null
  Value annotations;              // a dict or empty
  Value doc;                      // empty = None
  Ref<StrObject> name;
  Ref<StrObject> qualname;
  Value module;                   // __module__
};

struct CellObject : Object {
  CellObject();
  explicit CellObject(Value v);
  Value contents;  // empty: the variable is unbound
};

struct MethodObject : Object {
  MethodObject(Value function, Value self);
  Value function;
  Value self;
};

// A C++ function. Flags say whether it takes keyword arguments; argument checking is the
// function's own (args.hpp helps), with CPython's messages.
using NativeFunction = Value (*)(const Value& self, const Args& args);

struct BuiltinFunctionObject : Object {
  BuiltinFunctionObject(const char* name, NativeFunction fn, Value self = {}, const char* qualname_prefix = nullptr);
  const char* name;              // static text
  NativeFunction fn;
  Value self;                    // the module or bound instance; empty for plain functions
  const char* owner_name;        // "str" for str.upper (reprs: <built-in method upper of str object>)
};

// A built-in method stored in a type's dict: binds to an instance on attribute access.
struct MethodDescriptorObject : Object {
  MethodDescriptorObject(Type* owner, const char* name, NativeFunction fn);
  Type* owner;
  const char* name;
  NativeFunction fn;
};

// Adds a method to a built-in type's dict (used while init_runtime() builds the types).
void add_method(Type* type, const char* name, NativeFunction fn);
// A module-level or builtins function object.
Value make_builtin(const char* name, NativeFunction fn, Value self = {});

}  // namespace py
