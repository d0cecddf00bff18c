// Python functions, cells, bound methods, built-in functions and built-in method descriptors.
#include "python/function_object.hpp"

#include <cstdio>

#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/module_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"
#include "python/vm.hpp"

namespace py {

Type* function_type = nullptr;
Type* cell_type = nullptr;
Type* method_type = nullptr;
Type* builtin_function_type = nullptr;
Type* method_descriptor_type = nullptr;

FunctionObject::FunctionObject(Ref<CodeObject> function_code, Value function_globals)
    : Object(function_type), code(std::move(function_code)), globals(std::move(function_globals)) {
  name = code->name;
  qualname = code->qualname;
  if (is_dict(globals)) module = as_dict(globals)->get_str(intern("__name__"));
  // As CPython 3.11: the compiler puts a function's docstring (or None) first among its constants.
  if (!code->consts.empty() && is_str(code->consts[0])) doc = code->consts[0];
}

CellObject::CellObject() : Object(cell_type) {}
CellObject::CellObject(Value v) : Object(cell_type), contents(std::move(v)) {}

MethodObject::MethodObject(Value method_function, Value method_self)
    : Object(method_type), function(std::move(method_function)), self(std::move(method_self)) {}

BuiltinFunctionObject::BuiltinFunctionObject(const char* function_name, NativeFunction function, Value bound_self,
                                             const char* qualname_prefix)
    : Object(builtin_function_type), name(function_name), fn(function), self(std::move(bound_self)),
      owner_name(qualname_prefix) {}

MethodDescriptorObject::MethodDescriptorObject(Type* owner_type, const char* method_name, NativeFunction function)
    : Object(method_descriptor_type), owner(owner_type), name(method_name), fn(function) {}

void add_method(Type* type, const char* name, NativeFunction fn) {
  type->dict->set_str(intern(name), make<MethodDescriptorObject>(type, name, fn));
}

Value make_builtin(const char* name, NativeFunction fn, Value self) {
  return make<BuiltinFunctionObject>(name, fn, std::move(self));
}

namespace {

std::string address_of(const Value& v) {
  char text[32];
  std::snprintf(text, sizeof text, "%p", static_cast<void*>(v.object_or_null()));
  return text;
}

// `self` followed by the call's positional arguments (keywords unchanged).
template <class Fn>
Value call_with_self(const Value& self, const Args& args, Fn fn) {
  std::vector<Value> pos;
  pos.reserve(args.size() + 1);
  pos.push_back(self);
  pos.insert(pos.end(), args.pos.begin(), args.pos.end());
  return fn(Args{pos, args.kw_values, args.kw_names});
}

// ---- functions ------------------------------------------------------------------------------------------

FunctionObject* as_function(const Value& v) { return static_cast<FunctionObject*>(v.object()); }

Value function_call(const Value& self, const Args& args) { return vm_call(as_function(self), args); }

Value function_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  return make<MethodObject>(self, instance);
}

Value function_repr(const Value& self) {
  return make_str("<function " + as_function(self)->qualname->text() + " at " + address_of(self) + ">");
}

Value or_none(const Value& v) { return v ? v : none(); }

Value function_get_name(const Value& self) { return as_function(self)->name; }
Value function_get_qualname(const Value& self) { return as_function(self)->qualname; }

bool set_function_text(const Value& self, const Value& value, const char* attr, Ref<StrObject> FunctionObject::*field) {
  if (!value || !is_str(value)) {
    raise_format(type_error_type, "%s must be set to a string object", attr);
    return false;
  }
  as_function(self)->*field = Ref<StrObject>::borrow(as_str(value));
  return true;
}

bool function_set_name(const Value& self, const Value& value) {
  return set_function_text(self, value, "__name__", &FunctionObject::name);
}
bool function_set_qualname(const Value& self, const Value& value) {
  return set_function_text(self, value, "__qualname__", &FunctionObject::qualname);
}

Value function_get_doc(const Value& self) { return or_none(as_function(self)->doc); }
bool function_set_doc(const Value& self, const Value& value) {
  as_function(self)->doc = is_none(value) ? Value() : value;
  return true;
}

Value function_get_module(const Value& self) { return or_none(as_function(self)->module); }
bool function_set_module(const Value& self, const Value& value) {
  as_function(self)->module = value;
  return true;
}

Value function_get_defaults(const Value& self) { return or_none(as_function(self)->defaults); }
bool function_set_defaults(const Value& self, const Value& value) {
  if (value && !is_none(value) && !is_tuple(value)) {
    raise_type_error("__defaults__ must be set to a tuple object");
    return false;
  }
  as_function(self)->defaults = value && is_tuple(value) ? Ref<TupleObject>::borrow(as_tuple(value)) : nullptr;
  return true;
}

Value function_get_kwdefaults(const Value& self) { return or_none(as_function(self)->kwdefaults); }
bool function_set_kwdefaults(const Value& self, const Value& value) {
  if (value && !is_none(value) && !is_dict(value)) {
    raise_type_error("__kwdefaults__ must be set to a dict object");
    return false;
  }
  as_function(self)->kwdefaults = value && is_dict(value) ? value : Value();
  return true;
}

Value function_get_code(const Value& self) { return as_function(self)->code; }
Value function_get_closure(const Value& self) { return or_none(as_function(self)->closure); }
Value function_get_globals(const Value& self) { return as_function(self)->globals; }

Value function_get_annotations(const Value& self) {
  FunctionObject* f = as_function(self);
  if (!f->annotations) f->annotations = make_dict();
  return f->annotations;
}
bool function_set_annotations(const Value& self, const Value& value) {
  if (value && !is_none(value) && !is_dict(value)) {
    raise_type_error("__annotations__ must be set to a dict object");
    return false;
  }
  as_function(self)->annotations = value && is_dict(value) ? value : Value();
  return true;
}

// ---- cells ------------------------------------------------------------------------------------------------

Value cell_repr(const Value& self) {
  const Value& contents = static_cast<CellObject*>(self.object())->contents;
  if (!contents) return make_str("<cell at " + address_of(self) + ": empty>");
  return make_str("<cell at " + address_of(self) + ": " + contents.type()->name + " object at " +
                  address_of(contents) + ">");
}

Value cell_get_contents(const Value& self) {
  const Value& contents = static_cast<CellObject*>(self.object())->contents;
  if (!contents) return raise_value_error("Cell is empty");
  return contents;
}

bool cell_set_contents(const Value& self, const Value& value) {
  static_cast<CellObject*>(self.object())->contents = value;
  return true;
}

// ---- bound methods --------------------------------------------------------------------------------------

MethodObject* as_method(const Value& v) { return static_cast<MethodObject*>(v.object()); }

Value method_call(const Value& self, const Args& args) {
  MethodObject* m = as_method(self);
  if (m->function.type() == function_type) {
    return call_with_self(m->self, args, [&](const Args& a) { return vm_call(as_function(m->function), a); });
  }
  return call_with_self(m->self, args, [&](const Args& a) { return call(m->function, a); });
}

Value method_repr(const Value& self) {
  MethodObject* m = as_method(self);
  Value name = getattr_optional(m->function, intern("__qualname__"));
  if (!name && !error_occurred()) name = getattr_optional(m->function, intern("__name__"));
  if (!name && error_occurred()) return nullptr;
  std::string self_repr;
  if (!repr_string(m->self, self_repr)) return nullptr;
  std::string function_name = name && is_str(name) ? as_str(name)->text() : "?";
  return make_str("<bound method " + function_name + " of " + self_repr + ">");
}

Value method_compare(const Value& self, const Value& other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || other.type() != method_type) return not_implemented();
  MethodObject* a = as_method(self);
  MethodObject* b = as_method(other);
  int same_function = equal(a->function, b->function);
  if (same_function < 0) return nullptr;
  bool same = same_function && a->self.is(b->self);
  return py_bool(op == CompareOp::Eq ? same : !same);
}

bool method_hash(const Value& self, std::int64_t& out) {
  std::int64_t h = 0;
  if (!hash(as_method(self)->function, h)) return false;
  out = h ^ identity_hash(as_method(self)->self.object_or_null());
  if (out == -1) out = -2;
  return true;
}

// The method type's own attributes (__self__, __func__), then the function's (m.__name__).
Value method_getattr(const Value& self, StrObject* name) {
  if (Value descr = self.type()->lookup(name)) {
    if (DescrGetSlot get = descr.type()->descr_get) return get(descr, self, self.type());
    return descr;
  }
  return getattr(as_method(self)->function, name);
}

Value method_get_self(const Value& self) { return as_method(self)->self; }
Value method_get_func(const Value& self) { return as_method(self)->function; }

// ---- built-in functions and method descriptors ------------------------------------------------------------

BuiltinFunctionObject* as_builtin(const Value& v) { return static_cast<BuiltinFunctionObject*>(v.object()); }

Value builtin_call(const Value& self, const Args& args) {
  BuiltinFunctionObject* f = as_builtin(self);
  return f->fn(f->self, args);
}

bool bound_to_instance(const BuiltinFunctionObject* f) {
  return f->self && !isinstance_of(f->self, module_type);
}

Value builtin_repr(const Value& self) {
  BuiltinFunctionObject* f = as_builtin(self);
  if (!bound_to_instance(f)) return make_str(std::string("<built-in function ") + f->name + ">");
  if (isinstance_of(f->self, type_type)) {
    return make_str(std::string("<built-in method ") + f->name + " of type object at " + address_of(f->self) + ">");
  }
  return make_str(std::string("<built-in method ") + f->name + " of " + f->self.type()->name + " object at " +
                  address_of(f->self) + ">");
}

Value builtin_get_name(const Value& self) { return make_str(as_builtin(self)->name); }
Value builtin_get_qualname(const Value& self) {
  BuiltinFunctionObject* f = as_builtin(self);
  if (f->owner_name != nullptr) return make_str(std::string(f->owner_name) + "." + f->name);
  if (bound_to_instance(f)) return make_str(f->self.type()->name + "." + f->name);
  return make_str(f->name);
}
Value builtin_get_self(const Value& self) { return or_none(as_builtin(self)->self); }
Value builtin_get_module(const Value& self) {
  BuiltinFunctionObject* f = as_builtin(self);
  if (f->self && isinstance_of(f->self, module_type)) return make_str(static_cast<ModuleObject*>(f->self.object())->name);
  return bound_to_instance(f) ? none() : make_str("builtins");
}

MethodDescriptorObject* as_descriptor(const Value& v) { return static_cast<MethodDescriptorObject*>(v.object()); }

bool check_descriptor_self(const MethodDescriptorObject* d, const Value& instance) {
  if (instance.type()->is_subtype_of(d->owner)) return true;
  raise_format(type_error_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->name,
               d->owner->name.c_str(), instance.type()->name.c_str());
  return false;
}

// str.upper("a"): the first argument is the instance.
Value descriptor_call(const Value& self, const Args& args) {
  MethodDescriptorObject* d = as_descriptor(self);
  if (args.size() == 0) {
    return raise_format(type_error_type, "unbound method %s.%s() needs an argument", d->owner->name.c_str(), d->name);
  }
  if (!check_descriptor_self(d, args[0])) return nullptr;
  return d->fn(args[0], Args{args.pos.subspan(1), args.kw_values, args.kw_names});
}

Value descriptor_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  MethodDescriptorObject* d = as_descriptor(self);
  if (!check_descriptor_self(d, instance)) return nullptr;
  return make<BuiltinFunctionObject>(d->name, d->fn, instance, d->owner->name.c_str());
}

Value descriptor_repr(const Value& self) {
  MethodDescriptorObject* d = as_descriptor(self);
  return make_str(std::string("<method '") + d->name + "' of '" + d->owner->name + "' objects>");
}

Value descriptor_get_name(const Value& self) { return make_str(as_descriptor(self)->name); }
Value descriptor_get_qualname(const Value& self) {
  return make_str(as_descriptor(self)->owner->name + "." + as_descriptor(self)->name);
}
Value descriptor_get_objclass(const Value& self) { return Value::borrow(as_descriptor(self)->owner); }

}  // namespace

void create_function_types() {
  function_type = new_object_model_type("function", nullptr, Type::kHasDict);
  function_type->call = function_call;
  function_type->descr_get = function_get;
  function_type->repr = function_repr;

  cell_type = new_object_model_type("cell");
  cell_type->repr = cell_repr;

  method_type = new_object_model_type("method");
  method_type->call = method_call;
  method_type->repr = method_repr;
  method_type->compare = method_compare;
  method_type->hash = method_hash;
  method_type->getattr = method_getattr;

  builtin_function_type = new_object_model_type("builtin_function_or_method");
  builtin_function_type->call = builtin_call;
  builtin_function_type->repr = builtin_repr;

  method_descriptor_type = new_object_model_type("method_descriptor");
  method_descriptor_type->call = descriptor_call;
  method_descriptor_type->descr_get = descriptor_get;
  method_descriptor_type->repr = descriptor_repr;
}

void add_function_attributes() {
  add_getset(function_type, "__name__", function_get_name, function_set_name);
  add_getset(function_type, "__qualname__", function_get_qualname, function_set_qualname);
  add_getset(function_type, "__doc__", function_get_doc, function_set_doc);
  add_getset(function_type, "__module__", function_get_module, function_set_module);
  add_getset(function_type, "__defaults__", function_get_defaults, function_set_defaults);
  add_getset(function_type, "__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults);
  add_getset(function_type, "__code__", function_get_code);
  add_getset(function_type, "__closure__", function_get_closure);
  add_getset(function_type, "__globals__", function_get_globals);
  add_getset(function_type, "__annotations__", function_get_annotations, function_set_annotations);
  add_getset(function_type, "__dict__", instance_dict_of);

  add_getset(cell_type, "cell_contents", cell_get_contents, cell_set_contents);

  add_getset(method_type, "__self__", method_get_self);
  add_getset(method_type, "__func__", method_get_func);

  add_getset(builtin_function_type, "__name__", builtin_get_name);
  add_getset(builtin_function_type, "__qualname__", builtin_get_qualname);
  add_getset(builtin_function_type, "__self__", builtin_get_self);
  add_getset(builtin_function_type, "__module__", builtin_get_module);

  add_getset(method_descriptor_type, "__name__", descriptor_get_name);
  add_getset(method_descriptor_type, "__qualname__", descriptor_get_qualname);
  add_getset(method_descriptor_type, "__objclass__", descriptor_get_objclass);
}

}  // namespace py
