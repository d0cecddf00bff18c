// The opcodes too long to read inline in the eval loop: names, unpacking, displays, f-strings,
// function creation, context managers, `import *`.
#include <string>
#include <vector>

#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/module_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

const std::string& slot_name(const CodeObject& code, int slot) {
  return code.localsplus_names[static_cast<std::size_t>(slot)]->text();
}

// A mapping lookup that treats KeyError as "absent": the value, or empty (exception set only for
// other errors).
Value mapping_get(const Value& mapping, StrObject* name) {
  if (mapping.type() == dict_type) return as_dict(mapping)->get_str(name);
  Value v = get_item(mapping, Value::borrow(name));
  if (!v && error_matches(key_error_type)) clear_error();
  return v;
}

// A built-in type from the run's builtins, for the displays whose types live in other areas.
Value builtin(const char* name) { return vm_builtins()->get_str(intern(name)); }

bool is_iterable(const Value& v) { return v.type()->iter != nullptr || v.type()->getitem != nullptr; }

}  // namespace

Value raise_unbound_local(const CodeObject& code, int slot) {
  return raise_format(unbound_local_error_type, "cannot access local variable '%s' where it is not associated with a value",
                      slot_name(code, slot).c_str());
}

Value raise_unbound_free(const CodeObject& code, int slot) {
  return raise_format(name_error_type,
                      "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                      slot_name(code, slot).c_str());
}

Value raise_name_error(StrObject* name) {
  raise_format(name_error_type, "name '%s' is not defined", name->text().c_str());
  if (BaseExceptionObject* error = current_error()) error->name = Value::borrow(name);
  return nullptr;
}

Value load_name(Frame* frame, StrObject* name) {
  if (frame->locals) {
    Value v = mapping_get(frame->locals, name);
    if (v || error_occurred()) return v;
  }
  return load_global(frame, name);
}

Value load_global(Frame* frame, StrObject* name) {
  Value v = as_dict(frame->globals)->get_str(name);
  if (v) return v;
  v = mapping_get(frame->builtins, name);
  if (v || error_occurred()) return v;
  return raise_name_error(name);
}

Value load_global_cached(Frame* frame, std::uint32_t name_index) {
  const CodeObject& code = *frame->code;
  if (code.global_cache.empty()) code.global_cache.resize(code.names.size());
  CodeObject::GlobalCache& cache = code.global_cache[name_index];
  const DictObject* globals = as_dict(frame->globals);
  const DictObject* builtins = frame->builtins.type() == dict_type ? as_dict(frame->builtins) : nullptr;
  if (cache.globals_version == globals->version()) {
    if (cache.builtins_version == 0) return globals->entries()[static_cast<std::size_t>(cache.position)].value;
    if (builtins != nullptr && cache.builtins_version == builtins->version()) {
      return builtins->entries()[static_cast<std::size_t>(cache.position)].value;
    }
  }
  StrObject* name = code.names[name_index].get();
  if (std::int32_t at = globals->find_str(name); at >= 0) {
    cache = {globals->version(), 0, at};
    return globals->entries()[static_cast<std::size_t>(at)].value;
  }
  if (builtins != nullptr) {
    if (std::int32_t at = builtins->find_str(name); at >= 0) {
      cache = {globals->version(), builtins->version(), at};
      return builtins->entries()[static_cast<std::size_t>(at)].value;
    }
  }
  return load_global(frame, name);
}

Value load_class_deref(Frame* frame, int slot) {
  StrObject* name = frame->code->localsplus_names[static_cast<std::size_t>(slot)].get();
  Value v = mapping_get(frame->locals, name);
  if (v || error_occurred()) return v;
  v = static_cast<CellObject*>(frame->localsplus()[slot].object())->contents;
  if (!v) return raise_unbound_free(*frame->code, slot);
  return v;
}

bool store_name(Frame* frame, StrObject* name, const Value& value) {
  if (!frame->locals) {
    raise_format(runtime_error_type, "no locals found when storing '%s'", name->text().c_str());
    return false;
  }
  if (frame->locals.type() == dict_type) {
    as_dict(frame->locals)->set_str(name, value);
    return true;
  }
  return set_item(frame->locals, Value::borrow(name), value);
}

bool delete_name(Frame* frame, StrObject* name) {
  if (frame->locals.type() == dict_type) {
    if (as_dict(frame->locals)->remove_str(name)) return true;
  } else if (del_item(frame->locals, Value::borrow(name))) {
    return true;
  } else if (!error_matches(key_error_type)) {
    return false;
  }
  clear_error();
  raise_name_error(name);
  return false;
}

bool unpack_sequence(const Value& seq, int count, Value* out) {
  if (is_tuple(seq) || is_list(seq)) {
    const std::vector<Value>& items = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
    const int size = static_cast<int>(items.size());
    if (size == count) {
      for (int i = 0; i < count; ++i) out[i] = items[static_cast<std::size_t>(count - 1 - i)];
      return true;
    }
    if (size < count) {
      raise_format(value_error_type, "not enough values to unpack (expected %d, got %d)", count, size);
    } else {
      raise_format(value_error_type, "too many values to unpack (expected %d)", count);
    }
    return false;
  }
  if (!is_iterable(seq)) {
    raise_format(type_error_type, "cannot unpack non-iterable %s object", std::string(type_name(seq)).c_str());
    return false;
  }
  Value it = get_iter(seq);
  if (!it) return false;
  std::vector<Value> items;
  for (int i = 0; i < count; ++i) {
    Value v = iter_next(it);
    if (!v) {
      if (error_occurred()) return false;
      raise_format(value_error_type, "not enough values to unpack (expected %d, got %d)", count, i);
      return false;
    }
    items.push_back(std::move(v));
  }
  Value extra = iter_next(it);
  if (extra) {
    raise_format(value_error_type, "too many values to unpack (expected %d)", count);
    return false;
  }
  if (error_occurred()) return false;
  for (int i = 0; i < count; ++i) out[i] = std::move(items[static_cast<std::size_t>(count - 1 - i)]);
  return true;
}

bool unpack_ex(const Value& seq, int before, int after, Value* out) {
  if (!is_iterable(seq)) {
    raise_format(type_error_type, "cannot unpack non-iterable %s object", std::string(type_name(seq)).c_str());
    return false;
  }
  std::vector<Value> items;
  if (!collect(seq, items)) return false;
  const int size = static_cast<int>(items.size());
  if (size < before + after) {
    raise_format(value_error_type, "not enough values to unpack (expected at least %d, got %d)", before + after,
                 size);
    return false;
  }
  // Written last first: the `after` items, the starred list, then the `before` items.
  int k = 0;
  for (int i = size - 1; i >= size - after; --i) out[k++] = std::move(items[static_cast<std::size_t>(i)]);
  std::vector<Value> middle(std::make_move_iterator(items.begin() + before),
                            std::make_move_iterator(items.begin() + (size - after)));
  out[k++] = make_list(std::move(middle));
  for (int i = before - 1; i >= 0; --i) out[k++] = std::move(items[static_cast<std::size_t>(i)]);
  return true;
}

Value format_value(const Value& value, int conversion, const Value& spec) {
  Value converted;
  switch (conversion) {
    case 1: converted = str(value); break;
    case 2: converted = repr(value); break;
    case 3: converted = ascii(value); break;
    default: converted = value; break;
  }
  if (!converted) return nullptr;
  if (!spec && converted.type() == str_type) return converted;
  return format(converted, spec ? spec : Value(make_str("")));
}

Value build_string(const Value* items, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += as_str(items[i])->text();
  return make_str(std::move(text));
}

Value build_set(const Value* items, int count) {
  Value set = call(builtin("set"), {});
  if (!set) return nullptr;
  for (int i = 0; i < count; ++i) {
    if (!set_add(set, items[i])) return nullptr;
  }
  return set;
}

Value build_slice(const Value& start, const Value& stop, const Value& step) {
  return call(builtin("slice"), {start, stop, step});
}

bool set_add(const Value& set, const Value& item) { return static_cast<bool>(call_method(set, "add", {item})); }

bool set_update(const Value& set, const Value& iterable) {
  return static_cast<bool>(call_method(set, "update", {iterable}));
}

bool list_extend(const Value& list, const Value& iterable) {
  if (!is_iterable(iterable)) {
    raise_format(type_error_type, "Value after * must be an iterable, not %s", std::string(type_name(iterable)).c_str());
    return false;
  }
  return collect(iterable, as_list(list)->items);
}

namespace {

// Calls `add(key, value)` for every item of a mapping (a dict, or anything with keys()).
template <class Add>
bool for_each_mapping_item(const Value& mapping, Add add) {
  if (is_dict(mapping) && mapping.type() == dict_type) {
    // Copied first: `add` may run Python code that changes the dict.
    std::vector<DictObject::Entry> entries = as_dict(mapping)->entries();
    for (const DictObject::Entry& e : entries) {
      if (e.key && !add(e.key, e.value)) return false;
    }
    return true;
  }
  Value keys = call_method(mapping, "keys");
  if (!keys) return false;
  std::vector<Value> key_list;
  if (!collect(keys, key_list)) return false;
  for (const Value& key : key_list) {
    Value value = get_item(mapping, key);
    if (!value || !add(key, value)) return false;
  }
  return true;
}

bool has_keys_method(const Value& v) {
  if (is_dict(v)) return true;
  bool found = false;
  return hasattr(v, intern("keys"), found) && found;
}

}  // namespace

bool dict_update(const Value& dict, const Value& other) {
  if (!has_keys_method(other)) {
    if (!error_occurred()) {
      raise_format(type_error_type, "'%s' object is not a mapping", std::string(type_name(other)).c_str());
    }
    return false;
  }
  return for_each_mapping_item(other, [&](const Value& k, const Value& v) { return as_dict(dict)->set(k, v); });
}

bool dict_merge(const Value& dict, const Value& other, const Value& callee) {
  if (!has_keys_method(other)) {
    if (!error_occurred()) {
      raise_format(type_error_type, "%s argument after ** must be a mapping, not %s",
                   function_display_name(callee).c_str(), std::string(type_name(other)).c_str());
    }
    return false;
  }
  DictObject* target = as_dict(dict);
  return for_each_mapping_item(other, [&](const Value& k, const Value& v) {
    if (!is_str(k)) {
      raise_type_error("keywords must be strings");
      return false;
    }
    Value existing = target->get(k);
    if (existing) {
      raise_format(type_error_type, "%s got multiple values for keyword argument '%s'",
                   function_display_name(callee).c_str(), as_str(k)->text().c_str());
      return false;
    }
    if (error_occurred()) return false;
    return target->set(k, v);
  });
}

Value call_args_tuple(const Value& callee, const Value& args) {
  if (args.type() == tuple_type) return args;
  if (!is_iterable(args)) {
    return raise_format(type_error_type, "%s argument after * must be an iterable, not %s",
                        function_display_name(callee).c_str(), std::string(type_name(args)).c_str());
  }
  std::vector<Value> items;
  if (!collect(args, items)) return nullptr;
  return make_tuple(std::move(items));
}

std::string function_display_name(const Value& callee) {
  // CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
  if (callee.type() == function_type) {
    auto* fn = static_cast<FunctionObject*>(callee.object());
    std::string name = fn->qualname ? fn->qualname->text() : fn->code->qualname->text();
    if (is_str(fn->module) && as_str(fn->module)->view() != "builtins") name = as_str(fn->module)->text() + "." + name;
    return name + "()";
  }
  if (callee.type() == builtin_function_type) {
    return std::string(static_cast<BuiltinFunctionObject*>(callee.object())->name) + "()";
  }
  std::string text;
  if (str_string(callee, text)) return text;
  clear_error();
  return std::string(type_name(callee)) + " object";
}

Value make_function(Frame* frame, Value code, std::uint32_t flags, Value* operands) {
  auto* code_object = static_cast<CodeObject*>(code.object());
  Ref<FunctionObject> fn = make<FunctionObject>(Ref<CodeObject>::borrow(code_object), frame->globals);
  fn->builtins = frame->builtins;
  fn->name = code_object->name;
  fn->qualname = code_object->qualname;
  fn->module = as_dict(frame->globals)->get_str(intern("__name__"));
  // Operands in push order: defaults, kwdefaults, annotations, closure.
  int i = 0;
  if (flags & 1) fn->defaults = Ref<TupleObject>::borrow(as_tuple(operands[i++]));
  if (flags & 2) fn->kwdefaults = operands[i++];
  if (flags & 4) fn->annotations = operands[i++];
  if (flags & 8) fn->closure = Ref<TupleObject>::borrow(as_tuple(operands[i++]));
  return fn;
}

Value bind_special(const Value& descriptor, const Value& obj) {
  DescrGetSlot get = descriptor.type()->descr_get;
  if (get == nullptr) return descriptor;
  return get(descriptor, obj, obj.type());
}

Value call_special(const Value& descriptor, const Value& obj) {
  Value bound = bind_special(descriptor, obj);
  return bound ? call(bound, {}) : Value();
}

bool lookup_context_manager(const Value& manager, bool async, Value& exit, Value& enter) {
  const char* protocol = async ? "asynchronous context manager" : "context manager";
  Value enter_descr = lookup_special(manager, async ? "__aenter__" : "__enter__");
  if (!enter_descr) {
    raise_format(type_error_type, "'%s' object does not support the %s protocol", std::string(type_name(manager)).c_str(),
                 protocol);
    return false;
  }
  Value exit_descr = lookup_special(manager, async ? "__aexit__" : "__exit__");
  if (!exit_descr) {
    raise_format(type_error_type, async ? "'%s' object does not support the %s protocol"
                                        : "'%s' object does not support the %s protocol (missed __exit__ method)",
                 std::string(type_name(manager)).c_str(), protocol);
    return false;
  }
  enter = bind_special(enter_descr, manager);
  if (!enter) return false;
  exit = bind_special(exit_descr, manager);
  return static_cast<bool>(exit);
}

bool import_star(Frame* frame, const Value& module) {
  Value names = getattr_optional(module, intern("__all__"));
  if (error_occurred()) return false;
  std::vector<Value> keys;
  const bool public_only = !names;
  if (names) {
    if (!collect(names, keys)) return false;
  } else {
    Value dict = getattr(module, "__dict__");
    if (!dict) return false;
    Value key_view = call_method(dict, "keys");
    if (!key_view || !collect(key_view, keys)) return false;
  }
  for (const Value& key : keys) {
    if (!is_str(key)) continue;
    if (public_only && as_str(key)->view().starts_with("_")) continue;
    Value value = getattr(module, as_str(key));
    if (!value) return false;
    if (!store_name(frame, intern(as_str(key)->view()), value)) return false;
  }
  return true;
}

bool load_method(const Value& obj, StrObject* name, Value& method, Value& self) {
  Type* type = obj.type();
  if (type->getattr == nullptr || type->getattr == generic_getattr) {
    Value attr = type->lookup(name);
    if (attr && (attr.type() == function_type || attr.type() == method_descriptor_type)) {
      DictObject* dict = obj.is_object() ? obj.object()->instance_dict() : nullptr;
      if (dict == nullptr || !dict->get_str(name)) {
        method = std::move(attr);
        self = obj;
        return true;
      }
    }
  }
  method = Value();
  self = getattr(obj, name);
  return static_cast<bool>(self);
}

}  // namespace py
