// init_builtin_types(): creates the built-in data types, dict and str first because every other
// type's dict and method names are made of them.
#include "python/init.hpp"
#include "python/types_support.hpp"

namespace py {

void init_builtin_types() {
  init_dict_type();
  init_str_type();
  init_tuple_type();
  init_singleton_types();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_list_type();
  init_set_types();
  init_range_type();
  init_slice_type();
}

}  // namespace py
