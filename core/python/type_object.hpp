// type and object, classes made by `class` statements, and the isinstance/issubclass machinery.
#pragma once

#include <string>
#include <vector>

#include "python/object.hpp"

namespace py {

struct FunctionObject;

// An instance of a class statement's class whose nearest built-in base is object: nothing but a
// type and an instance __dict__ (Object has both).
struct InstanceObject : Object {
  using Object::Object;
};

// isinstance(obj, cls) / issubclass(cls, classinfo): cls may be a class or a tuple of classes
// (nested tuples too). -1 with TypeError when it is neither:
// "isinstance() arg 2 must be a type, a tuple of types, or a union".
int isinstance(const Value& obj, const Value& cls);
int issubclass(const Value& cls, const Value& classinfo);

// type(name, bases, dict): creates a class. `bases` is a tuple (empty: (object,)), `namespace_dict` the
// class body's namespace (copied). Runs __set_name__ and the parent's __init_subclass__ (with
// `kwargs`, the class statement's keywords other than metaclass).
Value make_class(Type* metatype, const Value& name, const Value& bases, const Value& namespace_dict,
                 const Args& init_subclass_kwargs);

// The C3 linearization of a class with these bases (its MRO, without the class itself); false
// with TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B".
bool compute_c3_mro(const std::vector<Type*>& bases, std::vector<Type*>& out);

// __build_class__(func, name, *bases, metaclass=None, **kwds): what `class C(B): ...` compiles to.
// Runs the class body function with a fresh namespace as its locals, creates the class and fills
// the body's __class__ cell (zero-argument super()).
Value build_class(const Value& self, const Args& args);

// Implemented by the VM: runs a class body's function with `namespace_dict` as its locals mapping
// (CPython's PyEval_EvalCodeEx with locals); returns what the body returns (its __class__ cell, or
// None when no method uses super() or __class__).
Value vm_run_class_body(FunctionObject* body, const Value& namespace_dict);

// `<class '__main__.C'>`: the qualified name used in reprs and messages ("builtins" omitted).
std::string type_display_name(const Type* t);

}  // namespace py
