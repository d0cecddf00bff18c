// The object model's part of init_runtime(): its types first (everything else derives from object
// and is an instance of type), their attributes once str, dict and tuple exist.
#include "python/init.hpp"

#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_object.hpp"
#include "python/slot_wrappers.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/object_model.hpp"

namespace py {

void init_object_model() {
  create_type_and_object();
  create_descriptor_types();
  create_function_types();
  create_exception_types();
  create_module_type();
  create_slot_wrapper_type();
}

void init_object_model_attributes() {
  add_type_attributes();
  add_object_attributes();
  add_descriptor_attributes();
  add_function_attributes();
  add_exception_attributes();
  add_module_attributes();
  for (Type* t : {object_type, type_type, base_exception_type, key_error_type, function_type, method_type,
                  builtin_function_type, method_descriptor_type, property_type, staticmethod_type,
                  classmethod_type, super_type, module_type, int_type, bool_type, float_type, str_type,
                  list_type, tuple_type, dict_type}) {
    if (t != nullptr) add_slot_wrappers(t);
  }
}

}  // namespace py
