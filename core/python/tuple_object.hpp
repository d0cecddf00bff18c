#pragma once

#include <initializer_list>
#include <vector>

#include "python/object.hpp"

namespace py {

extern Type* tuple_type;

struct TupleObject : Object {
  explicit TupleObject(std::vector<Value> items, Type* type = tuple_type) : Object(type), items(std::move(items)) {}
  ~TupleObject() override { release_last_to_first(items); }
  std::vector<Value> items;  // never changed after construction by Python code
};

Ref<TupleObject> make_tuple(std::vector<Value> items);
Ref<TupleObject> make_tuple(std::initializer_list<Value> items);
Ref<TupleObject> empty_tuple();
inline bool is_tuple(const Value& v) { return v.is_object() && (v.type()->flags & Type::kIsTupleSubclass); }
inline TupleObject* as_tuple(const Value& v) { return static_cast<TupleObject*>(v.object()); }

}  // namespace py
