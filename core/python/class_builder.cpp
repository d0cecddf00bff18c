// Creating classes: `class` statements (__build_class__), type(name, bases, dict), and the C3
// method resolution order.
#include <algorithm>

#include "python/class_slots.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/frame.hpp"
#include "python/function_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"
#include "python/vm.hpp"

namespace py {

bool compute_c3_mro(const std::vector<Type*>& bases, std::vector<Type*>& out) {
  // Merge the bases' MROs and the list of bases: repeatedly take the first head that appears in
  // no other list's tail.
  std::vector<std::vector<Type*>> lists;
  for (Type* b : bases) lists.push_back(b->mro);
  lists.push_back(bases);
  auto in_a_tail = [&](Type* t) {
    for (const auto& l : lists) {
      if (std::find(l.begin() + (l.empty() ? 0 : 1), l.end(), t) != l.end()) return true;
    }
    return false;
  };
  for (;;) {
    Type* next = nullptr;
    bool any_left = false;
    for (const auto& l : lists) {
      if (l.empty()) continue;
      any_left = true;
      if (!in_a_tail(l.front())) {
        next = l.front();
        break;
      }
    }
    if (!any_left) return true;
    if (next == nullptr) {
      // The classes in conflict: the remaining heads, in merge order. CPython's message has the
      // line break.
      std::vector<Type*> heads;
      for (const auto& l : lists) {
        if (!l.empty() && std::find(heads.begin(), heads.end(), l.front()) == heads.end()) heads.push_back(l.front());
      }
      std::string names;
      for (Type* h : heads) names += (names.empty() ? "" : ", ") + h->name;
      raise_type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      return false;
    }
    out.push_back(next);
    for (auto& l : lists) {
      if (!l.empty() && l.front() == next) l.erase(l.begin());
    }
  }
}

namespace {

// The built-in type whose instance layout a class's instances have (object for plain classes):
// built-in subclasses allocated by the same function share their base's layout (ValueError's is
// BaseException's).
Type* layout_base(Type* t) {
  while (t->flags & Type::kHeapType) t = t->base;
  while (t->base != nullptr && t->base->new_instance == t->new_instance) t = t->base;
  return t;
}

// CPython's best_base: the base whose layout extends every other base's layout.
Type* best_base(const std::vector<Type*>& bases) {
  Type* winner = nullptr;
  Type* winner_layout = nullptr;
  for (Type* b : bases) {
    if (!(b->flags & Type::kBaseType)) {
      raise_format(type_error_type, "type '%s' is not an acceptable base type", b->name.c_str());
      return nullptr;
    }
    Type* layout = layout_base(b);
    if (winner == nullptr || layout->is_subtype_of(winner_layout)) {
      if (winner == nullptr || layout != winner_layout) {
        winner = b;
        winner_layout = layout;
      }
    } else if (!winner_layout->is_subtype_of(layout)) {
      raise_type_error("multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return winner;
}

bool collect_bases(const Value& bases, std::vector<Type*>& out) {
  for (const Value& b : as_tuple(bases)->items) {
    if (!isinstance_of(b, type_type)) {
      raise_format(type_error_type, "bases must be types");
      return false;
    }
    auto* t = static_cast<Type*>(b.object());
    if (std::find(out.begin(), out.end(), t) != out.end()) {
      raise_format(type_error_type, "duplicate base class %s", t->name.c_str());
      return false;
    }
    out.push_back(t);
  }
  if (out.empty()) out.push_back(object_type);
  return true;
}

// __new__ is a static method and __init_subclass__ a class method even when written plainly.
void wrap_implicit_descriptors(DictObject* dict) {
  StrObject* new_name = intern("__new__");
  Value fn = dict->get_str(new_name);
  if (fn && fn.type() == function_type) dict->set_str(new_name, make_staticmethod(fn));
  for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dict->get_str(intern(name));
    if (f && f.type() == function_type) dict->set_str(intern(name), make_classmethod(f));
  }
}

// Calls __set_name__(cls, name) on each attribute that has one, as CPython's type_new.
bool call_set_names(Type* type) {
  std::vector<std::pair<Value, Value>> items;
  for (const DictObject::Entry& e : type->dict->entries()) {
    if (e.key) items.emplace_back(e.key, e.value);
  }
  for (auto& [name, value] : items) {
    Value set_name = value.type()->lookup("__set_name__");
    if (!set_name) continue;
    Value bound = set_name.type()->descr_get ? set_name.type()->descr_get(set_name, value, value.type()) : set_name;
    if (!bound || !call(bound, {Value::borrow(type), name})) return false;
  }
  return true;
}

// super(type, type).__init_subclass__(**kwargs)
bool call_init_subclass(Type* type, const Args& kwargs) {
  for (std::size_t i = 1; i < type->mro.size(); i++) {
    Value attr = type->mro[i]->dict->get_str(intern("__init_subclass__"));
    if (!attr) continue;
    Value bound = attr.type()->descr_get ? attr.type()->descr_get(attr, Value(), type) : attr;
    return bound && call(bound, kwargs);
  }
  return true;
}

// The most derived metaclass among the explicit one and the bases' types.
Type* calculate_metaclass(Type* winner, const std::vector<Value>& bases) {
  for (const Value& b : bases) {
    Type* t = b.type();
    if (winner->is_subtype_of(t)) continue;
    if (t->is_subtype_of(winner)) {
      winner = t;
      continue;
    }
    raise_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of "
        "all its bases");
    return nullptr;
  }
  return winner;
}

}  // namespace

Value make_class(Type* metatype, const Value& name, const Value& bases, const Value& namespace_dict,
                 const Args& init_subclass_kwargs) {
  if (!is_str(name)) {
    return raise_format(type_error_type, "type.__new__() argument 1 must be str, not %s", name.type()->name.c_str());
  }
  if (!is_tuple(bases)) {
    return raise_format(type_error_type, "type.__new__() argument 2 must be tuple, not %s", bases.type()->name.c_str());
  }
  if (!is_dict(namespace_dict)) {
    return raise_format(type_error_type, "type.__new__() argument 3 must be dict, not %s",
                        namespace_dict.type()->name.c_str());
  }
  // type.__new__ finds the most derived metaclass itself (type("X", (1,), {}) is a conflict).
  metatype = calculate_metaclass(metatype, as_tuple(bases)->items);
  if (metatype == nullptr) return nullptr;
  std::vector<Type*> base_list;
  if (!collect_bases(bases, base_list)) return nullptr;
  Type* base = best_base(base_list);
  if (base == nullptr) return nullptr;
  std::vector<Type*> mro_tail;
  if (!compute_c3_mro(base_list, mro_tail)) return nullptr;

  Ref<Type> type = make<Type>(as_str(name)->text(), metatype);
  type->flags |= Type::kHeapType | Type::kBaseType | Type::kHasDict;
  type->base = base;
  detail::incref(base);
  type->bases = base_list;
  for (Type* b : base_list) detail::incref(b);
  type->mro.push_back(type.get());
  type->mro.insert(type->mro.end(), mro_tail.begin(), mro_tail.end());

  // The class namespace is a copy of the body's; __qualname__ there names the class.
  DictObject* dict = type->dict;
  StrObject* qualname_key = intern("__qualname__");
  for (const DictObject::Entry& e : as_dict(namespace_dict)->entries()) {
    if (!e.key) continue;
    if (!dict->set(e.key, e.value)) return nullptr;
  }
  if (Value qualname = dict->get_str(qualname_key)) {
    if (!is_str(qualname)) {
      return raise_format(type_error_type, "type __qualname__ must be a str, not %s", qualname.type()->name.c_str());
    }
    type->qualname = as_str(qualname)->text();
    dict->remove_str(qualname_key);
  }
  StrObject* module_key = intern("__module__");
  if (!dict->get_str(module_key)) {
    // type(name, bases, dict) called from Python: the caller's module, as CPython.
    Frame* caller = vm_current_frame();
    if (caller != nullptr && is_dict(caller->globals)) {
      if (Value name = as_dict(caller->globals)->get_str(intern("__name__"))) dict->set_str(module_key, name);
    }
  }
  Value module = dict->get_str(module_key);
  if (module && is_str(module)) type->module = as_str(module)->text();
  if (!dict->get_str(intern("__doc__"))) dict->set_str(intern("__doc__"), none());
  // Instances' __dict__, unless a base class already provides it.
  if (!type->lookup("__dict__")) add_getset(type.get(), "__dict__", instance_dict_of);
  wrap_implicit_descriptors(dict);
  // The class body's __class__ cell (zero-argument super()) now refers to the class.
  StrObject* classcell_key = intern("__classcell__");
  if (Value cell = dict->get_str(classcell_key)) {
    if (cell.type() != cell_type) {
      return raise_format(type_error_type, "__classcell__ must be a nonlocal cell, not %s",
                          ("<class '" + type_display_name(cell.type()) + "'>").c_str());
    }
    static_cast<CellObject*>(cell.object())->contents = Value(type);
    dict->remove_str(classcell_key);
  }

  type->inherit_slots();
  install_class_slots(type.get());
  if (!call_set_names(type.get()) || !call_init_subclass(type.get(), init_subclass_kwargs)) return nullptr;
  return type;
}


Value build_class(const Value&, const Args& args) {
  if (args.size() < 2) return raise_type_error("__build_class__: not enough arguments");
  if (args[0].type() != function_type) return raise_type_error("__build_class__: func must be a function");
  if (!is_str(args[1])) return raise_type_error("__build_class__: name is not a string");
  std::vector<Value> bases(args.pos.begin() + 2, args.pos.end());

  Value metaclass;
  std::vector<Value> kw_values;
  std::vector<StrObject*> kw_names;
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    if (args.kw_names[i]->view() == "metaclass") {
      metaclass = args.kw_values[i];
    } else {
      kw_values.push_back(args.kw_values[i]);
      kw_names.push_back(args.kw_names[i]);
    }
  }
  if (!metaclass) metaclass = bases.empty() ? Value::borrow(type_type) : Value::borrow(bases[0].type());
  if (isinstance_of(metaclass, type_type)) {
    Type* winner = calculate_metaclass(static_cast<Type*>(metaclass.object()), bases);
    if (winner == nullptr) return nullptr;
    metaclass = Value::borrow(winner);
  }

  Value bases_tuple = make_tuple(bases);
  Value ns;
  if (Value prepare = getattr_optional(metaclass, intern("__prepare__"))) {
    std::vector<Value> prepare_args{args[1], bases_tuple};
    ns = call(prepare, Args{prepare_args, kw_values, kw_names});
  } else if (!error_occurred()) {
    ns = make_dict();
  }
  if (!ns) return nullptr;

  Value cell = vm_run_class_body(static_cast<FunctionObject*>(args[0].object()), ns);
  if (!cell) return nullptr;
  std::vector<Value> meta_args{args[1], bases_tuple, ns};
  Value cls = call(metaclass, Args{meta_args, kw_values, kw_names});
  if (!cls) return nullptr;
  // type.__new__ filled the cell from __classcell__; fill it here when the metaclass built the
  // class some other way.
  if (cell.type() == cell_type && !static_cast<CellObject*>(cell.object())->contents) {
    static_cast<CellObject*>(cell.object())->contents = cls;
  }
  return cls;
}

}  // namespace py
