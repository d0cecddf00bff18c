#include "python/asyncio/asyncio_module.hpp"
#include "python/frame_object.hpp"
#include "python/init.hpp"
#include "python/runtime.hpp"
#include "python/vm.hpp"

namespace py {

void init_runtime() {
  static const bool done = [] {
    init_object_model();
    init_builtin_types();
    init_code_type();
    init_vm_types();
    init_frame_type();
    init_module_types();
    init_asyncio_types();
    vm_register_exit_hook(report_pending_tasks_at_exit);
    return true;
  }();
  (void)done;
}

}  // namespace py
