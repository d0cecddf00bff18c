// `import`: the built-in modules by name, each created on a run's first import of it and kept in
// that run's sys.modules.
#include "python/module_registry.hpp"

#include <string_view>

#include "python/asyncio/asyncio_module.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/exception_object.hpp"
#include "python/frozen_modules.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/vm.hpp"
#include "python/vm_state.hpp"

namespace py {
namespace {

struct BuiltinModule {
  std::string_view name;
  Ref<ModuleObject> (*create)();
};

constexpr BuiltinModule kModules[] = {
    {"sys", make_sys_module},
    {"time", make_time_module},
    {"math", make_math_module},
    {"random", make_random_module},
    {"functools", make_functools_module},
    {"itertools", make_itertools_module},
    {"collections", make_collections_module},
    {"asyncio", make_asyncio_module},
};

}  // namespace

Value import_module(StrObject* name) {
  DictObject* modules = vm_modules();
  if (Value module = modules->get_str(name)) return module;
  if (name->view() == "__main__") return main_module();
  if (name->view() == "builtins") {
    // The run's builtins namespace itself, so that `builtins.print = ...` is seen everywhere.
    Ref<ModuleObject> module = make_module("builtins");
    module->dict = Ref<DictObject>::borrow(vm_builtins());
    modules->set_str(name, module);
    return module;
  }
  for (const BuiltinModule& m : kModules) {
    if (m.name != name->view()) continue;
    Ref<ModuleObject> module = m.create();
    if (!module) return nullptr;
    modules->set_str(name, module);
    return module;
  }
  // A submodule: its package first (which may load it), then the submodule as its attribute.
  const std::size_t dot = name->view().rfind('.');
  Value package;
  if (dot != std::string_view::npos) {
    package = import_module(intern(name->view().substr(0, dot)));
    if (!package) return nullptr;
    if (Value module = modules->get_str(name)) return module;
  }
  if (const FrozenModule* frozen = find_frozen_module(name->view())) {
    Ref<ModuleObject> module = load_frozen_module(*frozen);
    if (!module) return nullptr;
    if (package && !setattr(package, intern(name->view().substr(dot + 1)), Value(module))) return nullptr;
    return module;
  }
  raise_format(module_not_found_error_type, "No module named '%s'", name->text().c_str());
  current_error()->name = Value::borrow(name);
  return nullptr;
}

Value import_name(StrObject* name, const Value& fromlist) {
  Value module = import_module(name);
  const std::size_t dot = name->view().find('.');
  if (!module || dot == std::string_view::npos) return module;
  // `import a.b` binds `a`; `from a.b import c` reads from `a.b`.
  const bool binds_top = is_none(fromlist) || (fromlist.type() == tuple_type && as_tuple(fromlist)->items.empty());
  return binds_top ? vm_modules()->get_str(intern(name->view().substr(0, dot))) : module;
}

Value main_module() {
  DictObject* modules = vm_modules();
  StrObject* name = intern("__main__");
  if (Value module = modules->get_str(name)) return module;
  Ref<ModuleObject> module = make_module("__main__");
  module->dict = current_state()->main_globals;
  modules->set_str(name, module);
  return module;
}

Value import_from(const Value& module, StrObject* name) {
  Value attribute = getattr_optional(module, name);
  if (attribute || error_occurred()) return attribute;
  std::string module_name = "<unknown module name>";
  if (Value dunder_name = getattr_optional(module, intern("__name__")); dunder_name && is_str(dunder_name)) {
    module_name = as_str(dunder_name)->text();
  }
  clear_error();
  raise_format(import_error_type, "cannot import name '%s' from '%s' (unknown location)", name->text().c_str(),
               module_name.c_str());
  current_error()->name = make_str(module_name);
  return nullptr;
}

}  // namespace py
