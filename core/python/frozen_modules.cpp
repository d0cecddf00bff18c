// Loading the frozen modules (frozen_modules.hpp); their sources are in frozen/*.py.
#include "python/frozen_modules.hpp"

#include <memory>

#include "python/compiler.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/vm.hpp"

namespace py {

const FrozenModule* find_frozen_module(std::string_view name) {
  for (std::size_t i = 0; i < kFrozenModuleCount; ++i) {
    if (kFrozenModules[i].name == name) return &kFrozenModules[i];
  }
  return nullptr;
}

Ref<ModuleObject> load_frozen_module(const FrozenModule& frozen) {
  CompileResult compiled = compile_module(std::make_shared<const SourceText>(frozen.source), std::string(frozen.filename));
  if (compiled.error) {
    // The sources are part of the engine and compiled by its tests: this is an engine bug.
    raise_format(import_error_type, "frozen module %s does not compile: line %d: %s", std::string(frozen.name).c_str(),
                 compiled.error->line, compiled.error->message.c_str());
    return nullptr;
  }
  Ref<ModuleObject> module = make_module(std::string(frozen.name));
  module->dict->set_str(intern("__file__"), make_str(std::string(frozen.filename)));
  vm_modules()->set_str(intern(frozen.name), Value(module));
  if (!vm_run_module_body(compiled.code, Value(module->dict))) {
    vm_modules()->remove_str(intern(frozen.name));
    return nullptr;
  }
  return module;
}

}  // namespace py
