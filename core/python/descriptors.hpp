// Descriptors: computed attributes of built-in types (getset), property, staticmethod,
// classmethod and super.
#pragma once

#include "python/object.hpp"

namespace py {

extern Type* getset_descriptor_type;  // `<attribute '__dict__' of 'C' objects>`
extern Type* property_type;
extern Type* staticmethod_type;
extern Type* classmethod_type;
extern Type* super_type;

using Getter = Value (*)(const Value& self);
using Setter = bool (*)(const Value& self, const Value& value);  // empty value: delete

// A computed attribute of a type's instances (CPython's getset descriptor). Without a setter,
// assigning raises "attribute 'x' of 'T' objects is not writable".
struct GetSetObject : Object {
  GetSetObject(Type* owner, const char* name, Getter get, Setter set);
  Type* owner;
  const char* name;
  Getter get;
  Setter set;
};

void add_getset(Type* type, const char* name, Getter get, Setter set = nullptr);

struct PropertyObject : Object {
  explicit PropertyObject(Type* type);
  Value fget, fset, fdel, doc;  // empty = None
  Value name;                   // the attribute name __set_name__ gave it, for error messages
};

// staticmethod and classmethod: a wrapped callable.
struct WrapperDescriptorObject : Object {
  WrapperDescriptorObject(Type* type, Value callable) : Object(type), callable(std::move(callable)) {}
  Value callable;
};

Value make_staticmethod(Value callable);
Value make_classmethod(Value callable);

struct SuperObject : Object {
  explicit SuperObject(Type* type);
  Type* start = nullptr;  // super(start, obj): the lookup begins after `start` in the MRO
  Value start_ref;        // keeps `start` alive
  Value obj;              // the instance (or class) bound to; empty for unbound super
  Type* obj_type = nullptr;
};

}  // namespace py
