// The built-ins that look at objects themselves: attributes, types, identity, namespaces.
#include <algorithm>
#include <vector>

#include "python/args.hpp"
#include "python/builtins_internal.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/frame.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/type_object.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

bool attribute_name(const Value& v, StrObject*& out) {
  if (!is_str(v)) {
    raise_format(type_error_type, "attribute name must be string, not '%s'", type_name(v).data());
    return false;
  }
  out = as_str(v);
  return true;
}

Value builtin_getattr(const Value&, const Args& args) {
  StrObject* name;
  if (!check_positional(args, "getattr", 2, 3) || !attribute_name(args[1], name)) return nullptr;
  if (args.size() == 2) return getattr(args[0], name);
  Value v = getattr_optional(args[0], name);
  if (v || error_occurred()) return v;
  return args[2];
}

Value builtin_setattr(const Value&, const Args& args) {
  StrObject* name;
  if (!check_positional(args, "setattr", 3, 3) || !attribute_name(args[1], name)) return nullptr;
  if (!setattr(args[0], name, args[2])) return nullptr;
  return none();
}

Value builtin_delattr(const Value&, const Args& args) {
  StrObject* name;
  if (!check_positional(args, "delattr", 2, 2) || !attribute_name(args[1], name)) return nullptr;
  if (!setattr(args[0], name, Value())) return nullptr;
  return none();
}

Value builtin_hasattr(const Value&, const Args& args) {
  StrObject* name;
  bool found;
  if (!check_positional(args, "hasattr", 2, 2) || !attribute_name(args[1], name)) return nullptr;
  if (!hasattr(args[0], name, found)) return nullptr;
  return py_bool(found);
}

Value builtin_callable(const Value&, const Args& args) {
  if (!check_one_arg(args, "callable")) return nullptr;
  return py_bool(is_callable(args[0]));
}

Value builtin_isinstance(const Value&, const Args& args) {
  if (!check_positional(args, "isinstance", 2, 2)) return nullptr;
  int r = isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return py_bool(r == 1);
}

Value builtin_issubclass(const Value&, const Args& args) {
  if (!check_positional(args, "issubclass", 2, 2)) return nullptr;
  int r = issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return py_bool(r == 1);
}

// Any int unique among live objects: the object's address, or the tagged word of a small int.
Value builtin_id(const Value&, const Args& args) {
  if (!check_one_arg(args, "id")) return nullptr;
  return int_from_bigint(BigInt::from_uint64(args[0].raw_bits()));
}

Value builtin_hash(const Value&, const Args& args) {
  std::int64_t h;
  if (!check_one_arg(args, "hash") || !hash(args[0], h)) return nullptr;
  return int_from_int64(h);
}

Frame* caller_frame() {
  Frame* frame = vm_current_frame();
  if (frame == nullptr) raise_runtime_error("no current frame");
  return frame;
}

Value builtin_globals(const Value&, const Args& args) {
  if (!check_no_args(args, "globals")) return nullptr;
  Frame* frame = caller_frame();
  return frame != nullptr ? frame->globals : Value();
}

Value builtin_locals(const Value&, const Args& args) {
  if (!check_no_args(args, "locals")) return nullptr;
  Frame* frame = caller_frame();
  return frame != nullptr ? frame_locals(*frame) : Value();
}

Value builtin_vars(const Value& self, const Args& args) {
  if (!check_positional(args, "vars", 0, 1)) return nullptr;
  if (args.size() == 0) return builtin_locals(self, args);
  Value dict = getattr_optional(args[0], intern("__dict__"));
  if (dict || error_occurred()) return dict;
  return raise_type_error("vars() argument must have __dict__ attribute");
}

// A list of str names, sorted as Python sorts strs (by code point, which UTF-8 byte order keeps).
Value sorted_names(std::vector<Value> names) {
  for (const Value& n : names) {
    if (!is_str(n)) {
      Ref<ListObject> list = make_list(std::move(names));
      if (!call_method(list, "sort")) return nullptr;
      return list;
    }
  }
  std::sort(names.begin(), names.end(), [](const Value& a, const Value& b) { return as_str(a)->view() < as_str(b)->view(); });
  return make_list(std::move(names));
}

Value builtin_dir(const Value& self, const Args& args) {
  if (!check_positional(args, "dir", 0, 1)) return nullptr;
  std::vector<Value> names;
  if (args.size() == 0) {
    Value scope = builtin_locals(self, {});
    if (!scope || !collect(scope, names)) return nullptr;
    return sorted_names(std::move(names));
  }
  // A module lists its namespace (CPython's module.__dir__).
  if (isinstance_of(args[0], module_type)) {
    for (const DictObject::Entry& e : static_cast<ModuleObject*>(args[0].object())->dict->entries()) {
      if (e.key) names.push_back(e.key);
    }
    return sorted_names(std::move(names));
  }
  Value method = lookup_special(args[0], "__dir__");
  if (!method) {
    if (error_occurred()) return nullptr;
    return raise_type_error("object does not provide __dir__");
  }
  Value listed = call(method, {args[0]});
  if (!listed || !collect(listed, names)) return nullptr;
  return sorted_names(std::move(names));
}

constexpr FunctionDef kFunctions[] = {
    {"getattr", builtin_getattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"hasattr", builtin_hasattr},
    {"callable", builtin_callable},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"id", builtin_id},
    {"hash", builtin_hash},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
};

}  // namespace

std::span<const FunctionDef> reflect_builtins() { return kFunctions; }

}  // namespace py
