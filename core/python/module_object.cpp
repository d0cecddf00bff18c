// Module objects: a name and a namespace dict that attribute access reads and writes.
#include "python/module_object.hpp"

#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* module_type = nullptr;

ModuleObject::ModuleObject(std::string module_name) : Object(module_type), name(std::move(module_name)), dict(make_dict()) {
  dict->set_str(intern("__name__"), make_str(name));
  dict->set_str(intern("__doc__"), none());
}

Ref<ModuleObject> make_module(std::string name) { return make<ModuleObject>(std::move(name)); }

namespace {

ModuleObject* as_module(const Value& v) { return static_cast<ModuleObject*>(v.object()); }

// The module type's descriptors (__dict__, __class__), then the namespace.
Value module_getattr(const Value& self, StrObject* name) {
  Value descr = self.type()->lookup(name);
  if (descr && descr.type()->descr_get != nullptr && descr.type()->descr_set != nullptr) {
    return descr.type()->descr_get(descr, self, self.type());
  }
  if (Value v = as_module(self)->dict->get_str(name)) return v;
  if (descr) {
    DescrGetSlot get = descr.type()->descr_get;
    return get != nullptr ? get(descr, self, self.type()) : descr;
  }
  return raise_format(attribute_error_type, "module '%s' has no attribute '%s'", as_module(self)->name.c_str(),
                      name->text().c_str());
}

bool module_setattr(const Value& self, StrObject* name, const Value& value) {
  Value descr = self.type()->lookup(name);
  if (descr && descr.type()->descr_set != nullptr) return descr.type()->descr_set(descr, self, value);
  DictObject* dict = as_module(self)->dict.get();
  if (value) {
    dict->set_str(name, value);
    return true;
  }
  if (dict->remove_str(name)) return true;
  raise_format(attribute_error_type, "module '%s' has no attribute '%s'", as_module(self)->name.c_str(),
               name->text().c_str());
  return false;
}

// `<module 'math' (built-in)>`, or with its file: `<module 'm' from 'm.py'>`.
Value module_repr(const Value& self) {
  ModuleObject* m = as_module(self);
  Value file = m->dict->get_str(intern("__file__"));
  if (file && is_str(file)) return make_str("<module '" + m->name + "' from '" + as_str(file)->text() + "'>");
  return make_str("<module '" + m->name + "' (built-in)>");
}

Value module_get_dict(const Value& self) { return as_module(self)->dict; }

}  // namespace

void create_module_type() {
  module_type = new_object_model_type("module", nullptr, Type::kBaseType);
  module_type->getattr = module_getattr;
  module_type->setattr = module_setattr;
  module_type->repr = module_repr;
}

void add_module_attributes() { add_getset(module_type, "__dict__", module_get_dict); }

}  // namespace py
