#pragma once

#include <string>

#include "python/dict_object.hpp"
#include "python/object.hpp"

namespace py {

extern Type* module_type;

struct ModuleObject : Object {
  explicit ModuleObject(std::string name);
  std::string name;
  Ref<DictObject> dict;  // the module's globals; also its __dict__
};

Ref<ModuleObject> make_module(std::string name);

}  // namespace py
