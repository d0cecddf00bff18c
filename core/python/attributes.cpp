// Attribute access and calls (runtime.hpp): CPython's PyObject_GetAttr / GenericGetAttr /
// GenericSetAttr and PyObject_Call.
#include <vector>

#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

bool isinstance_of(const Value& v, const Type* t) { return v.type()->is_subtype_of(t); }

std::string_view type_name(const Value& v) { return v.type()->name; }

Value getattr(const Value& obj, StrObject* name) {
  GetAttrSlot slot = obj.type()->getattr;
  return slot != nullptr ? slot(obj, name) : generic_getattr(obj, name);
}

Value getattr(const Value& obj, std::string_view name) { return getattr(obj, intern(name)); }

Value getattr_optional(const Value& obj, StrObject* name) {
  Value v = getattr(obj, name);
  if (!v && error_matches(attribute_error_type)) clear_error();
  return v;
}

bool setattr(const Value& obj, StrObject* name, const Value& value) {
  SetAttrSlot slot = obj.type()->setattr;
  return slot != nullptr ? slot(obj, name, value) : generic_setattr(obj, name, value);
}

bool hasattr(const Value& obj, StrObject* name, bool& out) {
  Value v = getattr_optional(obj, name);
  if (!v && error_occurred()) return false;
  out = static_cast<bool>(v);
  return true;
}

namespace {
bool is_data_descriptor(const Value& descr) { return descr.type()->descr_set != nullptr; }
}  // namespace

Value generic_getattr(const Value& obj, StrObject* name) {
  Type* type = obj.type();
  Value descr = type->lookup(name);
  DescrGetSlot get = descr ? descr.type()->descr_get : nullptr;
  if (get != nullptr && is_data_descriptor(descr)) return get(descr, obj, type);
  if (Object* o = obj.object_or_null()) {
    if (DictObject* dict = o->instance_dict()) {
      if (Value v = dict->get_str(name)) return v;
    }
  }
  if (get != nullptr) return get(descr, obj, type);
  if (descr) return descr;
  return raise_attribute_error(obj, name);
}

bool generic_setattr(const Value& obj, StrObject* name, const Value& value) {
  Type* type = obj.type();
  Value descr = type->lookup(name);
  if (descr) {
    if (DescrSetSlot set = descr.type()->descr_set) return set(descr, obj, value);
  }
  Object* o = obj.object_or_null();
  if (o == nullptr || !(type->flags & Type::kHasDict)) {
    if (descr) {
      raise_format(attribute_error_type, "'%s' object attribute '%s' is read-only", type->name.c_str(),
                   name->text().c_str());
      return false;
    }
    raise_attribute_error(obj, name);
    return false;
  }
  if (value) {
    o->ensure_instance_dict()->set_str(name, value);
    return true;
  }
  DictObject* dict = o->instance_dict();
  if (dict == nullptr || !dict->remove_str(name)) {
    raise_attribute_error(obj, name);
    return false;
  }
  return true;
}

Value lookup_special(const Value& obj, std::string_view name) { return obj.type()->lookup(name); }

Value call(const Value& callable, const Args& args) {
  CallSlot slot = callable.type()->call;
  if (slot == nullptr) {
    return raise_format(type_error_type, "'%s' object is not callable", callable.type()->name.c_str());
  }
  return slot(callable, args);
}

Value call(const Value& callable, std::initializer_list<Value> positional) {
  return call(callable, Args{std::span<const Value>(positional.begin(), positional.size()), {}, {}});
}

Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> positional) {
  Value method = getattr(obj, name);
  if (!method) return nullptr;
  return call(method, positional);
}

bool is_callable(const Value& v) { return v.type()->call != nullptr; }

}  // namespace py
