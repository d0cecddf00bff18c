// The object model's part of init_runtime(): it runs first (everything derives from object and is
// an instance of type), so the strs and dicts it makes exist before their types do; the data
// types adopt them when they are created (str_object.cpp, dict_methods.cpp).
#include "python/init.hpp"

#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/module_object.hpp"
#include "python/slot_wrappers.hpp"
#include "python/object_model.hpp"

namespace py {

void init_object_model() {
  create_type_and_object();
  create_descriptor_types();
  create_slot_wrapper_type();  // its attributes are getset descriptors
  create_function_types();
  create_exception_types();
  create_module_type();
  create_sequence_iterator_type();

  add_type_attributes();
  add_object_attributes();
  add_descriptor_attributes();
  add_function_attributes();
  add_exception_attributes();
  add_module_attributes();
  // Made before their slots were set (the data types' finish_builtin_type() comes after theirs).
  for (Type* t : {object_type, type_type, base_exception_type, key_error_type, function_type, method_type,
                  builtin_function_type, method_descriptor_type, property_type, staticmethod_type,
                  classmethod_type, super_type, module_type}) {
    add_slot_wrappers(t);
  }
}

}  // namespace py
