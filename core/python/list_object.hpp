#pragma once

#include <vector>

#include "python/object.hpp"

namespace py {

extern Type* list_type;

struct ListObject : Object {
  explicit ListObject(std::vector<Value> items = {}, Type* type = list_type) : Object(type), items(std::move(items)) {}
  ~ListObject() override { release_last_to_first(items); }
  std::vector<Value> items;
};

Ref<ListObject> make_list(std::vector<Value> items = {});
inline bool is_list(const Value& v) { return v.is_object() && (v.type()->flags & Type::kIsListSubclass); }
inline ListObject* as_list(const Value& v) { return static_cast<ListObject*>(v.object()); }

}  // namespace py
