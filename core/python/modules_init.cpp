// init_module_types() (init.hpp): the process-wide types of the builtins and the modules, then
// the builtins template that each run copies.
#include "python/builtin_modules.hpp"
#include "python/builtins_internal.hpp"
#include "python/init.hpp"
#include "python/random_module.hpp"
#include "python/sys_module.hpp"

namespace py {

void init_module_types() {
  init_builtin_iterator_types();
  init_text_stream_type();
  init_random_type();
  init_functools_types();
  init_itertools_types();
  init_itertools_combinatoric_types();
  init_collections_types();
  init_builtins_template();
}

}  // namespace py
