#include "python/module_support.hpp"

#include "python/str_object.hpp"

namespace py {

Type* new_module_type(const char* name, const char* module, std::uint32_t flags, Type* base) {
  Type* type = make_immortal<Type>(name);
  type->module = module;
  type->flags = flags;
  type->base = base != nullptr ? base : object_type;
  type->bases = {type->base};
  return type;
}

void finish_module_type(Type* type) { type->inherit_slots(); }

Value iter_self(const Value& self) { return self; }

Type* new_iterator_type(const char* name, const char* module, UnarySlot next, NewSlot new_instance) {
  Type* type = new_module_type(name, module, new_instance != nullptr ? std::uint32_t{Type::kBaseType} : 0u);
  type->iter = iter_self;
  type->next = next;
  type->new_instance = new_instance;
  finish_module_type(type);
  return type;
}

void add_functions(ModuleObject& module, std::initializer_list<FunctionDef> defs) {
  Value self = Value::borrow(&module);
  for (const FunctionDef& def : defs) module.dict->set_str(intern(def.name), make_builtin(def.name, def.fn, self));
}

void add_value(ModuleObject& module, const char* name, Value value) { module.dict->set_str(intern(name), std::move(value)); }

}  // namespace py
