// The builtins namespace. Its contents are immortal (types, built-in functions, exception
// classes), so they are collected once per process into a template; each run gets a fresh dict
// copied from it, which the program may change without affecting the next run.
#include "python/builtins_internal.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_registry.hpp"
#include "python/range_object.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/slice_object.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"

namespace py {

namespace {

DictObject* builtins_template = nullptr;

void add_type(DictObject& d, Type* type) { d.set_str(intern(type->name), Value::borrow(type)); }

void add_functions(DictObject& d, std::span<const FunctionDef> defs) {
  for (const FunctionDef& def : defs) d.set_str(intern(def.name), make_builtin(def.name, def.fn));
}

void fill_builtins(DictObject& d) {
  d.set_str(intern("__name__"), make_str("builtins"));
  d.set_str(intern("__doc__"), none());
  d.set_str(intern("__debug__"), py_bool(true));
  d.set_str(intern("None"), none());
  d.set_str(intern("True"), py_bool(true));
  d.set_str(intern("False"), py_bool(false));
  d.set_str(intern("Ellipsis"), Value::borrow(ellipsis_object));
  d.set_str(intern("NotImplemented"), not_implemented());
  d.set_str(intern("__build_class__"), make_builtin("__build_class__", build_class));
  for (Type* type : {type_type, object_type, int_type, bool_type, float_type, str_type, list_type, tuple_type,
                     dict_type, set_type, frozenset_type, range_type, slice_type, property_type, staticmethod_type,
                     classmethod_type, super_type, enumerate_type, zip_type, map_type, filter_type, reversed_type}) {
    add_type(d, type);
  }
  for (Type* exception :
       {base_exception_type, exception_type, keyboard_interrupt_type, system_exit_type, generator_exit_type,
        stop_iteration_type, stop_async_iteration_type, arithmetic_error_type, zero_division_error_type,
        overflow_error_type, assertion_error_type, attribute_error_type, lookup_error_type, index_error_type,
        key_error_type, name_error_type, unbound_local_error_type, runtime_error_type, recursion_error_type,
        not_implemented_error_type, type_error_type, value_error_type, unicode_error_type, memory_error_type,
        os_error_type, timeout_error_type, syntax_error_type, indentation_error_type, tab_error_type,
        import_error_type, module_not_found_error_type, eof_error_type, warning_type, deprecation_warning_type,
        runtime_warning_type, user_warning_type}) {
    add_type(d, exception);
  }
  for (auto defs : {io_builtins(), numeric_builtins(), reflect_builtins(), sequence_builtins(), text_builtins()}) {
    add_functions(d, defs);
  }
}

}  // namespace

void init_builtins_template() {
  builtins_template = make_dict().release();
  fill_builtins(*builtins_template);
}

Ref<DictObject> make_builtins_dict() {
  Ref<DictObject> d = make_dict();
  for (const DictObject::Entry& e : builtins_template->entries()) {
    if (e.key) d->set_str(as_str(e.key), e.value);
  }
  return d;
}

}  // namespace py
