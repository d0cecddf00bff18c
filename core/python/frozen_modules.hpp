// Modules shipped inside the engine as Python source ("frozen", as MicroPython freezes its
// asyncio): the parts of the standard library that CPython itself writes in Python on top of
// futures (asyncio's locks, queues, timeouts, wait_for and shield), kept in core/python/frozen/.
#pragma once

#include <cstddef>
#include <string_view>

#include "python/module_object.hpp"

namespace py {

struct FrozenModule {
  std::string_view name;      // "asyncio.locks"
  std::string_view filename;  // "asyncio/locks.py", as tracebacks show it
  std::string_view source;
};

// The generated table (frozen/embed.cmake).
extern const FrozenModule kFrozenModules[];
extern const std::size_t kFrozenModuleCount;

const FrozenModule* find_frozen_module(std::string_view name);

// Compiles the module and runs its body in a new module object, which is recorded in sys.modules
// first (as CPython's import does, so that the module can import its package). Null, with an
// exception set, if its body raises.
Ref<ModuleObject> load_frozen_module(const FrozenModule& frozen);

}  // namespace py
