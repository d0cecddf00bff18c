// Process-wide start-up of the runtime: each area creates its immortal built-in types here.
// init_runtime() (runtime.hpp) calls them once, in this order.
#pragma once

namespace py {

void init_object_model();   // type, object, functions, descriptors, exceptions, modules (objects area)
void init_builtin_types();  // int, bool, float, str, list, tuple, dict, set, range, slice, None (types area)
void init_code_type();      // code objects (compiler area)
void init_vm_types();       // frames, generators, coroutines (VM area)
void init_module_types();   // enumerate, zip, partial, deque, ... (modules area)

}  // namespace py
