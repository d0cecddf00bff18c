#include "python/init.hpp"
#include "python/runtime.hpp"

namespace py {

void init_runtime() {
  static const bool done = [] {
    init_object_model();
    init_builtin_types();
    init_code_type();
    init_vm_types();
    init_module_types();
    return true;
  }();
  (void)done;
}

}  // namespace py
