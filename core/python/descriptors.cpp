// getset descriptors, property, staticmethod, classmethod and super.
#include "python/descriptors.hpp"

#include "python/args.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/frame.hpp"
#include "python/function_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/type_object.hpp"
#include "python/vm.hpp"

namespace py {

Type* getset_descriptor_type = nullptr;
Type* property_type = nullptr;
Type* staticmethod_type = nullptr;
Type* classmethod_type = nullptr;
Type* super_type = nullptr;

GetSetObject::GetSetObject(Type* owner_type, const char* attr_name, Getter getter, Setter setter)
    : Object(getset_descriptor_type), owner(owner_type), name(attr_name), get(getter), set(setter) {}

PropertyObject::PropertyObject(Type* type) : Object(type) {}
SuperObject::SuperObject(Type* type) : Object(type) {}

void add_getset(Type* type, const char* name, Getter get, Setter set) {
  type->dict->set_str(intern(name), make<GetSetObject>(type, name, get, set));
}

Value make_staticmethod(Value callable) { return make<WrapperDescriptorObject>(staticmethod_type, std::move(callable)); }
Value make_classmethod(Value callable) { return make<WrapperDescriptorObject>(classmethod_type, std::move(callable)); }

namespace {

Value or_none(const Value& v) { return v ? v : none(); }
Value none_to_empty(const Value& v) { return v && !is_none(v) ? v : Value(); }

// ---- getset ---------------------------------------------------------------------------------------------

GetSetObject* as_getset(const Value& v) { return static_cast<GetSetObject*>(v.object()); }

Value getset_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  return as_getset(self)->get(instance);
}

bool getset_set(const Value& self, const Value& instance, const Value& value) {
  GetSetObject* g = as_getset(self);
  if (g->set == nullptr) {
    raise_format(attribute_error_type, "attribute '%s' of '%s' objects is not writable", g->name, g->owner->name.c_str());
    return false;
  }
  return g->set(instance, value);
}

Value getset_repr(const Value& self) {
  GetSetObject* g = as_getset(self);
  return make_str(std::string("<attribute '") + g->name + "' of '" + g->owner->name + "' objects>");
}

// ---- property -------------------------------------------------------------------------------------------

PropertyObject* as_property(const Value& v) { return static_cast<PropertyObject*>(v.object()); }

// CPython 3.11 names the property (learned by __set_name__) in its errors when it can.
Value property_error(const Value& self, const Value& instance, const char* missing) {
  const Value& name = as_property(self)->name;
  std::string type_name(instance.type()->name);
  if (name && is_str(name)) {
    return raise_format(attribute_error_type, "property '%s' of '%s' object has no %s", as_str(name)->text().c_str(),
                        type_name.c_str(), missing);
  }
  return raise_format(attribute_error_type, "property of '%s' object has no %s", type_name.c_str(), missing);
}

Value property_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  PropertyObject* p = as_property(self);
  if (!p->fget) return property_error(self, instance, "getter");
  return call(p->fget, {instance});
}

bool property_set(const Value& self, const Value& instance, const Value& value) {
  PropertyObject* p = as_property(self);
  const Value& fn = value ? p->fset : p->fdel;
  if (!fn) return static_cast<bool>(property_error(self, instance, value ? "setter" : "deleter"));
  Value r = value ? call(fn, {instance, value}) : call(fn, {instance});
  return static_cast<bool>(r);
}

Value property_new(Type* type, const Args&) { return make<PropertyObject>(type); }

bool property_init(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "property", .names = {"fget", "fset", "fdel", "doc"}};
  Value params[4];
  if (!parse_args(args, spec, params)) return false;
  PropertyObject* p = as_property(self);
  p->fget = none_to_empty(params[0]);
  p->fset = none_to_empty(params[1]);
  p->fdel = none_to_empty(params[2]);
  p->doc = none_to_empty(params[3]);
  if (!p->doc && p->fget) {
    p->doc = none_to_empty(getattr_optional(p->fget, intern("__doc__")));
    if (error_occurred()) return false;
  }
  return true;
}

// prop.setter(f) & co.: a copy of the property with one accessor replaced.
Value property_copy(const Value& self, Value PropertyObject::*field, const Value& fn) {
  PropertyObject* old = as_property(self);
  Ref<PropertyObject> copy = make<PropertyObject>(self.type());
  copy->fget = old->fget;
  copy->fset = old->fset;
  copy->fdel = old->fdel;
  copy->doc = old->doc;
  copy->name = old->name;
  (*copy).*field = none_to_empty(fn);
  return copy;
}

Value property_getter(const Value& self, const Args& args) {
  if (!check_one_arg(args, "getter")) return nullptr;
  return property_copy(self, &PropertyObject::fget, args[0]);
}
Value property_setter(const Value& self, const Args& args) {
  if (!check_one_arg(args, "setter")) return nullptr;
  return property_copy(self, &PropertyObject::fset, args[0]);
}
Value property_deleter(const Value& self, const Args& args) {
  if (!check_one_arg(args, "deleter")) return nullptr;
  return property_copy(self, &PropertyObject::fdel, args[0]);
}

Value property_set_name(const Value& self, const Args& args) {
  if (!check_positional(args, "__set_name__", 2, 2)) return nullptr;
  as_property(self)->name = args[1];
  return none();
}

Value property_get_fget(const Value& self) { return or_none(as_property(self)->fget); }
Value property_get_fset(const Value& self) { return or_none(as_property(self)->fset); }
Value property_get_fdel(const Value& self) { return or_none(as_property(self)->fdel); }
Value property_get_doc(const Value& self) { return or_none(as_property(self)->doc); }
bool property_set_doc(const Value& self, const Value& value) {
  as_property(self)->doc = none_to_empty(value);
  return true;
}

// ---- staticmethod and classmethod -------------------------------------------------------------------------

WrapperDescriptorObject* as_wrapper(const Value& v) { return static_cast<WrapperDescriptorObject*>(v.object()); }

Value wrapper_new(Type* type, const Args& args) {
  const char* fname = type->is_subtype_of(classmethod_type) ? "classmethod" : "staticmethod";
  if (!check_positional(args, fname, 1, 1)) return nullptr;
  return make<WrapperDescriptorObject>(type, args[0]);
}

Value staticmethod_get(const Value& self, const Value&, Type*) { return as_wrapper(self)->callable; }
Value staticmethod_call(const Value& self, const Args& args) { return call(as_wrapper(self)->callable, args); }

Value classmethod_get(const Value& self, const Value& instance, Type* owner) {
  Value cls = owner != nullptr ? Value::borrow(owner) : Value::borrow(instance.type());
  return make<MethodObject>(as_wrapper(self)->callable, std::move(cls));
}

Value wrapper_repr(const Value& self) {
  std::string inner;
  if (!repr_string(as_wrapper(self)->callable, inner)) return nullptr;
  return make_str("<" + self.type()->name + "(" + inner + ")>");
}

Value wrapper_get_func(const Value& self) { return as_wrapper(self)->callable; }

// ---- super -----------------------------------------------------------------------------------------------

SuperObject* as_super(const Value& v) { return static_cast<SuperObject*>(v.object()); }

// The type super() searches from: obj's class, or obj itself when it is a subclass (classmethods).
Type* super_check(Type* start, const Value& obj) {
  if (isinstance_of(obj, type_type) && static_cast<Type*>(obj.object())->is_subtype_of(start)) {
    return static_cast<Type*>(obj.object());
  }
  if (obj.type()->is_subtype_of(start)) return obj.type();
  raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super(): the enclosing class from the caller's __class__ cell and the caller's first argument.
bool zero_arg_super(Value& type, Value& obj) {
  Frame* frame = vm_current_frame();
  if (frame == nullptr) {
    raise_runtime_error("super(): no current frame");
    return false;
  }
  obj = frame_first_argument(*frame);
  if (!obj) {
    raise_runtime_error("super(): no arguments");
    return false;
  }
  type = frame_class_cell(*frame);
  if (!type) {
    raise_runtime_error("super(): __class__ cell not found");
    return false;
  }
  if (!isinstance_of(type, type_type)) {
    raise_runtime_error("super(): __class__ is not a type (" + std::string(type.type()->name) + ")");
    return false;
  }
  return true;
}

Value super_new(Type* type, const Args& args) {
  if (!check_no_kwargs(args, "super")) return nullptr;
  if (args.size() > 2) return raise_format(type_error_type, "super() expected at most 2 arguments, got %zu", args.size());
  Value start;
  Value obj;
  if (args.size() == 0) {
    if (!zero_arg_super(start, obj)) return nullptr;
  } else {
    start = args[0];
    if (args.size() == 2) obj = args[1];
    if (!isinstance_of(start, type_type)) {
      return raise_format(type_error_type, "super() argument 1 must be a type, not %s", start.type()->name.c_str());
    }
  }
  Ref<SuperObject> s = make<SuperObject>(type);
  s->start = static_cast<Type*>(start.object());
  s->start_ref = start;
  if (obj && !is_none(obj)) {
    s->obj_type = super_check(s->start, obj);
    if (s->obj_type == nullptr) return nullptr;
    s->obj = obj;
  }
  return s;
}

bool super_init(const Value&, const Args&) { return true; }

Value super_getattr(const Value& self, StrObject* name) {
  SuperObject* s = as_super(self);
  if (s->obj_type != nullptr && name->view() != "__class__") {
    const std::vector<Type*>& mro = s->obj_type->mro;
    std::size_t i = 0;
    while (i < mro.size() && mro[i] != s->start) i++;
    for (i++; i < mro.size(); i++) {
      Value attr = mro[i]->dict->get_str(name);
      if (!attr) continue;
      DescrGetSlot get = attr.type()->descr_get;
      if (get == nullptr) return attr;
      bool bound_to_class = s->obj.is(s->obj_type);
      return get(attr, bound_to_class ? Value() : s->obj, s->obj_type);
    }
  }
  return generic_getattr(self, name);
}

Value super_repr(const Value& self) {
  SuperObject* s = as_super(self);
  // CPython prints the types' short names here.
  std::string start = "<class '" + s->start->name + "'>";
  if (s->obj_type == nullptr) return make_str("<super: " + start + ", NULL>");
  return make_str("<super: " + start + ", <" + s->obj_type->name + " object>>");
}

Value super_get_thisclass(const Value& self) { return Value::borrow(as_super(self)->start); }
Value super_get_self(const Value& self) { return or_none(as_super(self)->obj); }

}  // namespace

void create_descriptor_types() {
  getset_descriptor_type = new_object_model_type("getset_descriptor");
  getset_descriptor_type->descr_get = getset_get;
  getset_descriptor_type->descr_set = getset_set;
  getset_descriptor_type->repr = getset_repr;

  property_type = new_object_model_type("property", nullptr, Type::kBaseType);
  property_type->new_instance = property_new;
  property_type->init = property_init;
  property_type->descr_get = property_get;
  property_type->descr_set = property_set;

  staticmethod_type = new_object_model_type("staticmethod", nullptr, Type::kBaseType);
  staticmethod_type->new_instance = wrapper_new;
  staticmethod_type->descr_get = staticmethod_get;
  staticmethod_type->call = staticmethod_call;
  staticmethod_type->repr = wrapper_repr;

  classmethod_type = new_object_model_type("classmethod", nullptr, Type::kBaseType);
  classmethod_type->new_instance = wrapper_new;
  classmethod_type->descr_get = classmethod_get;
  classmethod_type->repr = wrapper_repr;

  super_type = new_object_model_type("super", nullptr, Type::kBaseType);
  super_type->new_instance = super_new;
  super_type->init = super_init;
  super_type->getattr = super_getattr;
  super_type->repr = super_repr;
}

void add_descriptor_attributes() {
  add_method(property_type, "getter", property_getter);
  add_method(property_type, "setter", property_setter);
  add_method(property_type, "deleter", property_deleter);
  add_method(property_type, "__set_name__", property_set_name);
  add_getset(property_type, "fget", property_get_fget);
  add_getset(property_type, "fset", property_get_fset);
  add_getset(property_type, "fdel", property_get_fdel);
  add_getset(property_type, "__doc__", property_get_doc, property_set_doc);
  for (Type* t : {staticmethod_type, classmethod_type}) {
    add_getset(t, "__func__", wrapper_get_func);
    add_getset(t, "__wrapped__", wrapper_get_func);
  }
  add_getset(super_type, "__thisclass__", super_get_thisclass);
  add_getset(super_type, "__self__", super_get_self);
}

}  // namespace py
