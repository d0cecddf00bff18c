// The built-in modules a program can import, each created once per run by the registry
// (module_registry.hpp). Modules with per-run state (random's generator, sys's streams) keep it
// in the objects they create here, never in globals.
#pragma once

#include "python/module_object.hpp"

namespace py {

Ref<ModuleObject> make_math_module();
Ref<ModuleObject> make_random_module();
Ref<ModuleObject> make_functools_module();
Ref<ModuleObject> make_itertools_module();
Ref<ModuleObject> make_collections_module();
Ref<ModuleObject> make_time_module();
Ref<ModuleObject> make_sys_module();

// isinstance(fn, functools.partial).
bool is_partial(const Value& fn);
// functools.partial(f, ...).func, following nested partials (inspect's unwrapping); `fn` itself
// when it is not a partial.
Value unwrap_partial(Value fn);

// The modules' process-wide types (init_module_types() calls these).
void init_functools_types();
void init_itertools_types();
void init_itertools_combinatoric_types();
void init_collections_types();

// itertools' product, permutations, combinations and combinations_with_replacement
// (itertools_combinatoric.cpp).
void add_itertools_combinatoric_types(ModuleObject& itertools);

// The math module's integer functions (math_integer.cpp): factorial, gcd, lcm, comb, perm, isqrt.
void add_math_integer_functions(ModuleObject& math);

}  // namespace py
