// The Type struct's methods and the `type` type: calling a class, class attributes, type(x).
#include "python/type_object.hpp"

#include "python/args.hpp"
#include "python/class_slots.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/slot_wrappers.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {

Type* type_type = nullptr;
Type* object_type = nullptr;

namespace {
bool is_heap(const Type* t) { return (t->flags & Type::kHeapType) != 0; }
Type* as_type(const Value& v) { return static_cast<Type*>(v.object()); }
}  // namespace

Type::Type(std::string type_name, Type* metatype)
    : Object(metatype != nullptr ? metatype : type_type), name(type_name), qualname(std::move(type_name)),
      module("builtins") {
  dict = make_dict().release();
}

Type::~Type() {
  if (!is_heap(this)) return;
  // A class holds its bases and namespace strongly (built-in types are immortal).
  detail::decref(dict);
  for (Type* b : bases) detail::decref(b);
  if (base != nullptr) detail::decref(base);
}

bool Type::is_subtype_of(const Type* other) const {
  if (this == other) return true;
  if (!mro.empty()) {
    for (const Type* t : mro) {
      if (t == other) return true;
    }
    return false;
  }
  for (const Type* t = base; t != nullptr; t = t->base) {
    if (t == other) return true;
  }
  return false;
}

Value Type::lookup(StrObject* key) const {
  if (mro.empty()) {
    for (const Type* t = this; t != nullptr; t = t->base) {
      if (Value v = t->dict->get_str(key)) return v;
    }
    return Value();
  }
  for (const Type* t : mro) {
    if (Value v = t->dict->get_str(key)) return v;
  }
  return Value();
}

Value Type::lookup(std::string_view key) const { return lookup(intern(key)); }

void Type::inherit_slots() {
  if (base == nullptr && this != object_type) base = object_type;
  if (bases.empty() && base != nullptr) bases.push_back(base);
  if (mro.empty()) {
    mro.push_back(this);
    if (base != nullptr) mro.insert(mro.end(), base->mro.begin(), base->mro.end());
  }
  // A built-in type's own slots become its dunder methods (`int.__add__`); a class's dunders are
  // already in its dict.
  if (!is_heap(this) && slot_wrapper_type != nullptr) add_slot_wrappers(this);
  if (base == nullptr) return;

  constexpr std::uint32_t kInherited = kHasDict | kIsException | kIsIntSubclass | kIsStrSubclass |
                                       kIsTupleSubclass | kIsListSubclass | kIsDictSubclass | kIsTypeSubclass;
  flags |= base->flags & kInherited;
  auto inherit = [](auto& slot, auto from) {
    if (slot == nullptr) slot = from;
  };
  inherit(repr, base->repr);
  inherit(str, base->str);
  inherit(compare, base->compare);
  // As CPython: a type that defines __eq__ but not __hash__ is unhashable (its own hash stays null).
  if (hash == nullptr && (compare == base->compare || compare == nullptr)) hash = base->hash;
  inherit(truth, base->truth);
  inherit(len, base->len);
  inherit(call, base->call);
  inherit(getattr, base->getattr);
  inherit(setattr, base->setattr);
  inherit(getitem, base->getitem);
  inherit(setitem, base->setitem);
  inherit(contains, base->contains);
  inherit(iter, base->iter);
  inherit(next, base->next);
  for (int i = 0; i < kBinaryOpCount; i++) {
    inherit(binary[i], base->binary[i]);
    inherit(inplace[i], base->inplace[i]);
  }
  for (int i = 0; i < kUnaryOpCount; i++) inherit(unary[i], base->unary[i]);
  inherit(descr_get, base->descr_get);
  inherit(descr_set, base->descr_set);
  inherit(new_instance, base->new_instance);
  inherit(init, base->init);
}

std::string type_display_name(const Type* t) {
  if (t->module.empty() || t->module == "builtins") return t->qualname;
  return t->module + "." + t->qualname;
}

// ---- isinstance / issubclass ----------------------------------------------------------------------

namespace {

// Applies `test` to `classinfo`, or to each item of a (nested) tuple of classes.
template <class Test>
int check_classinfo(const Value& classinfo, const char* fname, const char* what, const char* what_plural,
                    Test test) {
  if (isinstance_of(classinfo, type_type)) return test(as_type(classinfo)) ? 1 : 0;
  if (is_tuple(classinfo)) {
    for (const Value& item : as_tuple(classinfo)->items) {
      int r = check_classinfo(item, fname, what, what_plural, test);
      if (r != 0) return r;
    }
    return 0;
  }
  raise_format(type_error_type, "%s() arg 2 must be a %s, a tuple of %s, or a union", fname, what, what_plural);
  return -1;
}

}  // namespace

int isinstance(const Value& obj, const Value& cls) {
  Type* t = obj.type();
  return check_classinfo(cls, "isinstance", "type", "types", [&](Type* c) { return t->is_subtype_of(c); });
}

int issubclass(const Value& cls, const Value& classinfo) {
  if (!isinstance_of(cls, type_type)) {
    raise(type_error_type, "issubclass() arg 1 must be a class");
    return -1;
  }
  Type* t = as_type(cls);
  return check_classinfo(classinfo, "issubclass", "class", "classes", [&](Type* c) { return t->is_subtype_of(c); });
}

// ---- type's slots -----------------------------------------------------------------------------------

namespace {

Value type_repr(const Value& self) { return make_str("<class '" + type_display_name(as_type(self)) + "'>"); }

Value type_call(const Value& self, const Args& args) {
  Type* type = as_type(self);
  if (type == type_type) {
    if (args.size() == 1 && !args.has_kwargs()) return Value::borrow(args[0].type());
    if (args.size() != 3) return raise_type_error("type() takes 1 or 3 arguments");
  }
  if (type->new_instance == nullptr) {
    return raise_format(type_error_type, "cannot create '%s' instances", type_display_name(type).c_str());
  }
  Value obj = type->new_instance(type, args);
  if (!obj || !obj.type()->is_subtype_of(type)) return obj;
  InitSlot init = obj.type()->init;
  if (init != nullptr && !init(obj, args)) return nullptr;
  return obj;
}

// type.__new__(metatype, name, bases, dict, **kwds)
Value type_new(Type* metatype, const Args& args) {
  if (args.size() != 3) return raise_type_error("type.__new__() takes exactly 3 arguments (" +
                                                std::to_string(args.size()) + " given)");
  Args kwargs{{}, args.kw_values, args.kw_names};
  return make_class(metatype, args[0], args[1], args[2], kwargs);
}

bool type_init(const Value& self, const Args& args) {
  if (args.size() != 1 && args.size() != 3) {
    raise_type_error("type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

// type.__getattribute__: data descriptors of the metatype, then the class's MRO (descriptors bound
// to no instance: a function stays a function, a classmethod binds the class), then the metatype.
Value type_getattr(const Value& self, StrObject* name) {
  Type* type = as_type(self);
  Type* meta = self.type();
  Value meta_attr = meta->lookup(name);
  DescrGetSlot meta_get = meta_attr ? meta_attr.type()->descr_get : nullptr;
  if (meta_get != nullptr && meta_attr.type()->descr_set != nullptr) return meta_get(meta_attr, self, meta);
  if (Value attr = type->lookup(name)) {
    if (DescrGetSlot get = attr.type()->descr_get) return get(attr, Value(), type);
    return attr;
  }
  if (meta_get != nullptr) return meta_get(meta_attr, self, meta);
  if (meta_attr) return meta_attr;
  return raise_attribute_error(self, name);
}

bool is_dunder(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

bool type_setattr(const Value& self, StrObject* name, const Value& value) {
  Type* type = as_type(self);
  if (!is_heap(type)) {
    raise_format(type_error_type, "cannot set '%s' attribute of immutable type '%s'", name->text().c_str(),
                 type->name.c_str());
    return false;
  }
  Value meta_attr = self.type()->lookup(name);
  if (meta_attr) {
    if (DescrSetSlot set = meta_attr.type()->descr_set) return set(meta_attr, self, value);
  }
  if (value) {
    type->dict->set_str(name, value);
  } else if (!type->dict->remove_str(name)) {
    raise_attribute_error(self, name);
    return false;
  }
  if (is_dunder(name->view())) update_class_slot(type, name);
  return true;
}

// ---- type's attributes ------------------------------------------------------------------------------

Value tuple_of_types(const std::vector<Type*>& types) {
  std::vector<Value> items;
  items.reserve(types.size());
  for (Type* t : types) items.push_back(Value::borrow(t));
  return make_tuple(std::move(items));
}

Value type_get_name(const Value& self) { return make_str(as_type(self)->name); }
Value type_get_qualname(const Value& self) { return make_str(as_type(self)->qualname); }

bool set_type_text(const Value& self, const Value& value, const char* attr, std::string Type::*field) {
  Type* type = as_type(self);
  if (!is_heap(type)) {
    raise_format(type_error_type, "cannot set '%s' attribute of immutable type '%s'", attr, type->name.c_str());
    return false;
  }
  if (!value) {
    raise_format(type_error_type, "cannot delete '%s' attribute of immutable type '%s'", attr, type->name.c_str());
    return false;
  }
  if (!is_str(value)) {
    raise_format(type_error_type, "can only assign string to %s.%s, not '%s'", type->name.c_str(), attr,
                 value.type()->name.c_str());
    return false;
  }
  type->*field = as_str(value)->text();
  return true;
}

bool type_set_name(const Value& self, const Value& value) {
  return set_type_text(self, value, "__name__", &Type::name);
}
bool type_set_qualname(const Value& self, const Value& value) {
  return set_type_text(self, value, "__qualname__", &Type::qualname);
}

Value type_get_module(const Value& self) {
  Type* type = as_type(self);
  if (is_heap(type)) {
    if (Value m = type->dict->get_str(intern("__module__"))) return m;
  }
  return make_str(type->module);
}

bool type_set_module(const Value& self, const Value& value) {
  Type* type = as_type(self);
  if (!set_type_text(self, value, "__module__", &Type::module)) return false;
  type->dict->set_str(intern("__module__"), value);
  return true;
}

Value type_get_bases(const Value& self) { return tuple_of_types(as_type(self)->bases); }
Value type_get_mro(const Value& self) { return tuple_of_types(as_type(self)->mro); }

Value type_get_base(const Value& self) {
  Type* base = as_type(self)->base;
  return base != nullptr ? Value::borrow(base) : none();
}

// A copy: the class namespace must not be mutated behind the slots' back (CPython's mappingproxy).
Value type_get_dict(const Value& self) {
  Ref<DictObject> copy = make_dict();
  for (const DictObject::Entry& e : as_type(self)->dict->entries()) {
    if (e.key) copy->set_str(as_str(e.key), e.value);
  }
  return copy;
}

Value type_get_doc(const Value& self) {
  Type* type = as_type(self);
  Value doc = type->dict->get_str(intern("__doc__"));
  if (!doc) return none();
  if (DescrGetSlot get = doc.type()->descr_get) return get(doc, Value(), type);
  return doc;
}

Value type_mro_method(const Value& self, const Args& args) {
  if (!check_no_args(args, "type.mro")) return nullptr;
  std::vector<Value> items;
  for (Type* t : as_type(self)->mro) items.push_back(Value::borrow(t));
  return make_list(std::move(items));
}

// type.__dir__: the names in the class's namespace and its bases' (not the metatype's).
Value type_dir(const Value& self, const Args& args) {
  if (!check_no_args(args, "type.__dir__")) return nullptr;
  Ref<DictObject> names = make_dict();
  for (Type* t : as_type(self)->mro) {
    for (const DictObject::Entry& e : t->dict->entries()) {
      if (e.key) names->set_str(as_str(e.key), none());
    }
  }
  std::vector<Value> keys;
  for (const DictObject::Entry& e : names->entries()) {
    if (e.key) keys.push_back(e.key);
  }
  return make_list(std::move(keys));
}

}  // namespace

void create_type_and_object() {
  // type is its own type: made with no type, then pointed at itself.
  type_type = make_immortal<Type>("type");
  type_type->set_type(type_type);
  object_type = make_immortal<Type>("object");
  set_object_slots();
  object_type->flags |= Type::kBaseType;
  object_type->inherit_slots();

  type_type->flags |= Type::kBaseType | Type::kIsTypeSubclass;
  type_type->base = object_type;
  type_type->repr = type_repr;
  type_type->call = type_call;
  type_type->getattr = type_getattr;
  type_type->setattr = type_setattr;
  type_type->new_instance = type_new;
  type_type->init = type_init;
  type_type->inherit_slots();
}

Type* new_object_model_type(const char* name, Type* base, std::uint32_t flags) {
  Type* type = make_immortal<Type>(name);
  type->base = base != nullptr ? base : object_type;
  type->flags |= flags;
  type->inherit_slots();
  return type;
}

void add_type_attributes() {
  add_getset(type_type, "__name__", type_get_name, type_set_name);
  add_getset(type_type, "__qualname__", type_get_qualname, type_set_qualname);
  add_getset(type_type, "__module__", type_get_module, type_set_module);
  add_getset(type_type, "__bases__", type_get_bases);
  add_getset(type_type, "__base__", type_get_base);
  add_getset(type_type, "__mro__", type_get_mro);
  add_getset(type_type, "__dict__", type_get_dict);
  add_getset(type_type, "__doc__", type_get_doc);
  add_method(type_type, "mro", type_mro_method);
  add_method(type_type, "__dir__", type_dir);
}

}  // namespace py
