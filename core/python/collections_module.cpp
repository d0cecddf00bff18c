// The collections module: deque, defaultdict, Counter, OrderedDict and namedtuple.
#include "python/builtin_modules.hpp"
#include "python/collections_internal.hpp"
#include "python/module_support.hpp"

namespace py {

void init_collections_types() {
  init_deque_type();
  init_dict_subclass_types();
  init_namedtuple_types();
}

Ref<ModuleObject> make_collections_module() {
  Ref<ModuleObject> collections = make_module("collections");
  for (Type* type : {deque_type, defaultdict_type, counter_type, ordered_dict_type}) {
    add_value(*collections, type->name.c_str(), Value::borrow(type));
  }
  add_functions(*collections, {{"namedtuple", collections_namedtuple}});
  return collections;
}

}  // namespace py
