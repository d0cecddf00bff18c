// `object`, the root of every class: default construction, repr, identity equality and hashing,
// __class__, __dict__, __init_subclass__, __format__ and __dir__.
#include <cstdio>

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/type_object.hpp"

namespace py {

std::int64_t identity_hash(const void* address) {
  auto bits = reinterpret_cast<std::uint64_t>(address);
  auto h = static_cast<std::int64_t>((bits >> 4) | (bits << 60));
  return h == -1 ? -2 : h;
}

Value instance_dict_of(const Value& self) { return Value::borrow(self.object()->ensure_instance_dict()); }

namespace {

bool excess_args(const Args& args) { return args.size() != 0 || args.has_kwargs(); }

bool object_init(const Value& self, const Args& args);

// CPython's object_new / object_init pair: extra arguments are an error only when the class does
// not override the other half (so a class with __init__ may be called with arguments).
Value object_new(Type* type, const Args& args) {
  if (excess_args(args)) {
    if (type->new_instance != object_new) {
      return raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) {
      return raise_format(type_error_type, "%s() takes no arguments", type->name.c_str());
    }
  }
  if (type->flags & Type::kAbstractBaseOnly) {
    return raise_format(type_error_type, "cannot create '%s' instances", type->name.c_str());
  }
  return make<InstanceObject>(type);
}

bool object_init(const Value& self, const Args& args) {
  if (!excess_args(args)) return true;
  Type* type = self.type();
  if (type->init != object_init) {
    raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
    return false;
  }
  if (type->new_instance == object_new) {
    raise_format(type_error_type, "%s.__init__() takes exactly one argument (the instance to initialize)",
                 type->name.c_str());
    return false;
  }
  return true;
}

Value object_repr(const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.object_or_null()));
  return make_str("<" + type_display_name(self.type()) + " object at " + address + ">");
}

Value object_str(const Value& self) { return repr(self); }

bool object_hash(const Value& self, std::int64_t& out) {
  out = identity_hash(self.object_or_null());
  return true;
}

// == is identity; != inverts the type's own == unless that is NotImplemented.
Value object_compare(const Value& self, const Value& other, CompareOp op) {
  if (op == CompareOp::Eq) return self.is(other) ? py_bool(true) : not_implemented();
  if (op != CompareOp::Ne) return not_implemented();
  CompareSlot eq = self.type()->compare;
  Value r = eq != nullptr ? eq(self, other, CompareOp::Eq) : not_implemented();
  if (!r || r.is(not_implemented_object)) return r;
  int truth = truthy(r);
  if (truth < 0) return nullptr;
  return py_bool(!truth);
}

// ---- attributes ---------------------------------------------------------------------------------------

Value object_get_class(const Value& self) { return Value::borrow(self.type()); }

bool object_set_class(const Value& self, const Value& value) {
  if (!value) {
    raise_type_error("can't delete __class__ attribute");
    return false;
  }
  if (!isinstance_of(value, type_type)) {
    raise_format(type_error_type, "__class__ must be set to a class, not '%s' object", value.type()->name.c_str());
    return false;
  }
  auto* target = static_cast<Type*>(value.object());
  Type* current = self.type();
  bool both_heap = (target->flags & Type::kHeapType) && (current->flags & Type::kHeapType);
  if (!both_heap || target->new_instance != current->new_instance || !self.is_object()) {
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  self.object()->set_type(target);
  return true;
}

// A class method: the classmethod wrapper passes the class as the first argument.
Value object_init_subclass(const Value&, const Args& args) {
  if (args.has_kwargs()) {
    return raise_format(type_error_type, "%s.__init_subclass__() takes no keyword arguments",
                        static_cast<Type*>(args[0].object())->name.c_str());
  }
  if (args.size() != 1) {
    return raise_format(type_error_type, "%s.__init_subclass__() takes no arguments (%zu given)",
                        static_cast<Type*>(args[0].object())->name.c_str(), args.size() - 1);
  }
  return none();
}

Value object_format(const Value& self, const Args& args) {
  if (!check_one_arg(args, "object.__format__")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "__format__() argument must be str, not %s", args[0].type()->name.c_str());
  }
  if (as_str(args[0])->length() != 0) {
    return raise_format(type_error_type, "unsupported format string passed to %s.__format__",
                        self.type()->name.c_str());
  }
  return str(self);
}

// Sorted names of the instance dict and of every class on the MRO.
Value object_dir(const Value& self, const Args& args) {
  if (!check_no_args(args, "object.__dir__")) return nullptr;
  Ref<DictObject> names = make_dict();
  auto add_keys = [&](DictObject* d) {
    for (const DictObject::Entry& e : d->entries()) {
      if (e.key) names->set_str(as_str(e.key), none());
    }
  };
  if (Object* o = self.object_or_null()) {
    if (DictObject* d = o->instance_dict()) add_keys(d);
  }
  for (Type* t : self.type()->mro) add_keys(t->dict);
  std::vector<Value> keys;
  for (const DictObject::Entry& e : names->entries()) {
    if (e.key) keys.push_back(e.key);
  }
  return make_list(std::move(keys));
}

Value object_reduce_unsupported(const Value& self, const Args& args) {
  return raise_format(type_error_type, "cannot pickle '%s' object", self.type()->name.c_str());
}

}  // namespace

void set_object_slots() {
  object_type->repr = object_repr;
  object_type->str = object_str;
  object_type->hash = object_hash;
  object_type->compare = object_compare;
  object_type->new_instance = object_new;
  object_type->init = object_init;
}

void add_object_attributes() {
  add_getset(object_type, "__class__", object_get_class, object_set_class);
  add_method(object_type, "__format__", object_format);
  add_method(object_type, "__dir__", object_dir);
  add_method(object_type, "__reduce_ex__", object_reduce_unsupported);
  object_type->dict->set_str(intern("__init_subclass__"), make_classmethod(make_builtin("__init_subclass__", object_init_subclass)));
  object_type->dict->set_str(intern("__doc__"), make_str("The base class of the class hierarchy."));
}

}  // namespace py
