// Importing the built-in modules, and the builtins namespace of each run.
#pragma once

#include "python/dict_object.hpp"
#include "python/object.hpp"

namespace py {

struct StrObject;

// A new builtins dict for a run: every built-in function, type and exception class, plus
// __name__, __build_class__, None, Ellipsis, NotImplemented, True and False.
Ref<DictObject> make_builtins_dict();

// `import name` (IMPORT_NAME): the module from sys.modules (vm_modules()), else the built-in
// module of that name, created and recorded in sys.modules the first time a run imports it.
// ModuleNotFoundError "No module named 'name'" when there is none.
Value import_module(StrObject* name);

// IMPORT_NAME: import_module(name), then what the statement binds: the top-level package for
// `import a.b` (fromlist None), the module itself for `from a.b import c`.
Value import_name(StrObject* name, const Value& fromlist);

// The program's __main__ module (its globals), put in sys.modules the first time it is needed.
Value main_module();

// `from module import name` (IMPORT_FROM): the attribute, or ImportError
// "cannot import name 'name' from 'module' (unknown location)".
Value import_from(const Value& module, StrObject* name);

}  // namespace py
