// Slot wrappers: `object.__init__`, `list.__len__`, `Exception.__str__` as callable objects in
// built-in types' dicts, each calling its owner's own slot (so super() reaches built-in code).
#include "python/slot_wrappers.hpp"

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* slot_wrapper_type = nullptr;

namespace {

enum class SlotKind : std::uint8_t {
  New, Init, Repr, Str, Hash, Lt, Le, Eq, Ne, Gt, Ge, GetAttribute, SetAttr, DelAttr, Len, GetItem, SetItem,
  DelItem, Contains, Iter, Next, Call, Bool,
  Binary,     // __add__: binary[op](self, other)
  Reflected,  // __radd__: binary[op](other, self)
  Inplace,    // __iadd__: inplace[op](self, other)
  Unary,      // __neg__: unary[op](self)
};

struct SlotWrapperObject : Object {
  SlotWrapperObject(Type* owner_type, const char* dunder, SlotKind slot_kind, int operator_index = 0)
      : Object(slot_wrapper_type), owner(owner_type), name(dunder), kind(slot_kind), op(operator_index) {}
  Type* owner;
  const char* name;
  SlotKind kind;
  int op;  // the BinaryOp or UnaryOp of the operator kinds
};

SlotWrapperObject* as_wrapper(const Value& v) { return static_cast<SlotWrapperObject*>(v.object()); }

bool has_args(const Args& args, std::size_t n, const char* name) {
  if (!check_no_kwargs(args, name)) return false;
  if (args.size() == n) return true;
  raise_format(type_error_type, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", args.size());
  return false;
}

Value bool_result(bool ok) { return ok ? none() : Value(); }

// Calls the owner's slot for `self` with the remaining arguments.
Value call_slot(const SlotWrapperObject* w, const Value& self, const Args& rest) {
  Type* t = w->owner;
  switch (w->kind) {
    case SlotKind::New: return nullptr;  // handled by the caller: its first argument is a type
    case SlotKind::Init: return bool_result(t->init(self, rest));
    case SlotKind::Repr: return has_args(rest, 0, w->name) ? t->repr(self) : nullptr;
    case SlotKind::Str: return has_args(rest, 0, w->name) ? t->str(self) : nullptr;
    case SlotKind::Hash: {
      std::int64_t h = 0;
      if (!has_args(rest, 0, w->name) || !t->hash(self, h)) return nullptr;
      return int_from_int64(h);
    }
    case SlotKind::Lt:
    case SlotKind::Le:
    case SlotKind::Eq:
    case SlotKind::Ne:
    case SlotKind::Gt:
    case SlotKind::Ge: {
      if (!has_args(rest, 1, w->name)) return nullptr;
      auto op = static_cast<CompareOp>(static_cast<int>(w->kind) - static_cast<int>(SlotKind::Lt));
      return t->compare(self, rest[0], op);
    }
    case SlotKind::GetAttribute:
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: {
      std::size_t n = w->kind == SlotKind::SetAttr ? 2 : 1;
      if (!has_args(rest, n, w->name)) return nullptr;
      if (!is_str(rest[0])) {
        return raise_format(type_error_type, "attribute name must be string, not '%s'", rest[0].type()->name.c_str());
      }
      StrObject* name = as_str(rest[0]);
      if (w->kind == SlotKind::GetAttribute) return t->getattr ? t->getattr(self, name) : generic_getattr(self, name);
      Value value = w->kind == SlotKind::SetAttr ? rest[1] : Value();
      return bool_result(t->setattr ? t->setattr(self, name, value) : generic_setattr(self, name, value));
    }
    case SlotKind::Len: {
      std::int64_t n = 0;
      if (!has_args(rest, 0, w->name) || !t->len(self, n)) return nullptr;
      return int_from_int64(n);
    }
    case SlotKind::GetItem: return has_args(rest, 1, w->name) ? t->getitem(self, rest[0]) : nullptr;
    case SlotKind::SetItem: return has_args(rest, 2, w->name) ? bool_result(t->setitem(self, rest[0], rest[1])) : nullptr;
    case SlotKind::DelItem: return has_args(rest, 1, w->name) ? bool_result(t->setitem(self, rest[0], Value())) : nullptr;
    case SlotKind::Contains: {
      if (!has_args(rest, 1, w->name)) return nullptr;
      int r = t->contains(self, rest[0]);
      return r < 0 ? Value() : py_bool(r != 0);
    }
    case SlotKind::Iter: return has_args(rest, 0, w->name) ? t->iter(self) : nullptr;
    case SlotKind::Next: {
      if (!has_args(rest, 0, w->name)) return nullptr;
      Value r = t->next(self);
      if (!r && !error_occurred()) return raise_no_args(stop_iteration_type);
      return r;
    }
    case SlotKind::Call: return t->call(self, rest);
    case SlotKind::Bool: {
      if (!has_args(rest, 0, w->name)) return nullptr;
      int r = t->truth(self);
      return r < 0 ? Value() : py_bool(r != 0);
    }
    case SlotKind::Binary: return has_args(rest, 1, w->name) ? t->binary[w->op](self, rest[0]) : nullptr;
    case SlotKind::Reflected: return has_args(rest, 1, w->name) ? t->binary[w->op](rest[0], self) : nullptr;
    case SlotKind::Inplace: return has_args(rest, 1, w->name) ? t->inplace[w->op](self, rest[0]) : nullptr;
    case SlotKind::Unary: return has_args(rest, 0, w->name) ? t->unary[w->op](self) : nullptr;
  }
  return nullptr;
}

// object.__new__(cls, *args): allocates through the owner's new slot.
Value call_new(const SlotWrapperObject* w, const Args& args) {
  if (args.size() == 0) return raise_format(type_error_type, "%s.__new__(): not enough arguments", w->owner->name.c_str());
  if (!isinstance_of(args[0], type_type)) {
    return raise_format(type_error_type, "%s.__new__(X): X is not a type object (%s)", w->owner->name.c_str(),
                        args[0].type()->name.c_str());
  }
  auto* cls = static_cast<Type*>(args[0].object());
  if (!cls->is_subtype_of(w->owner)) {
    return raise_format(type_error_type, "%s.__new__(%s): %s is not a subtype of %s", w->owner->name.c_str(),
                        cls->name.c_str(), cls->name.c_str(), w->owner->name.c_str());
  }
  // As CPython: the class's nearest built-in base must allocate the same way as the owner
  // (object.__new__(int) would make an int without int's state).
  Type* builtin_base = cls;
  while (builtin_base->flags & Type::kHeapType) builtin_base = builtin_base->base;
  if (builtin_base->new_instance != w->owner->new_instance) {
    return raise_format(type_error_type, "%s.__new__(%s) is not safe, use %s.__new__()", w->owner->name.c_str(),
                        cls->name.c_str(), builtin_base->name.c_str());
  }
  return w->owner->new_instance(cls, Args{args.pos.subspan(1), args.kw_values, args.kw_names});
}

Value wrapper_call(const Value& self, const Args& args) {
  SlotWrapperObject* w = as_wrapper(self);
  if (w->kind == SlotKind::New) return call_new(w, args);
  if (args.size() == 0) {
    return raise_format(type_error_type, "descriptor '%s' of '%s' object needs an argument", w->name,
                        w->owner->name.c_str());
  }
  if (!args[0].type()->is_subtype_of(w->owner)) {
    return raise_format(type_error_type, "descriptor '%s' requires a '%s' object but received a '%s'", w->name,
                        w->owner->name.c_str(), args[0].type()->name.c_str());
  }
  return call_slot(w, args[0], Args{args.pos.subspan(1), args.kw_values, args.kw_names});
}

Value wrapper_get(const Value& self, const Value& instance, Type*) {
  if (!instance || as_wrapper(self)->kind == SlotKind::New) return self;
  return make<MethodObject>(self, instance);
}

Value wrapper_repr(const Value& self) {
  SlotWrapperObject* w = as_wrapper(self);
  return make_str(std::string("<slot wrapper '") + w->name + "' of '" + w->owner->name + "' objects>");
}

Value wrapper_get_name(const Value& self) { return make_str(as_wrapper(self)->name); }
Value wrapper_get_qualname(const Value& self) {
  return make_str(as_wrapper(self)->owner->name + "." + as_wrapper(self)->name);
}
Value wrapper_get_objclass(const Value& self) { return Value::borrow(as_wrapper(self)->owner); }

template <class Slot>
bool own_slot(const Type* t, Slot Type::*slot) {
  return t->*slot != nullptr && (t->base == nullptr || t->base->*slot != t->*slot);
}

void add_wrapper(Type* t, const char* name, SlotKind kind, int op = 0) {
  StrObject* key = intern(name);
  if (!t->dict->get_str(key)) t->dict->set_str(key, make<SlotWrapperObject>(t, name, kind, op));
}

void add_operator_wrappers(Type* t) {
  for (int i = 0; i < kBinaryOpCount; i++) {
    if (t->binary[i] != nullptr && (t->base == nullptr || t->base->binary[i] != t->binary[i])) {
      add_wrapper(t, kBinaryDunders[i].op, SlotKind::Binary, i);
      add_wrapper(t, kBinaryDunders[i].reflected, SlotKind::Reflected, i);
    }
    if (t->inplace[i] != nullptr && (t->base == nullptr || t->base->inplace[i] != t->inplace[i])) {
      add_wrapper(t, kBinaryDunders[i].inplace, SlotKind::Inplace, i);
    }
  }
  for (int i = 0; i < kUnaryOpCount; i++) {
    if (t->unary[i] != nullptr && (t->base == nullptr || t->base->unary[i] != t->unary[i])) {
      add_wrapper(t, kUnaryDunders[i], SlotKind::Unary, i);
    }
  }
}

}  // namespace

void add_slot_wrappers(Type* t) {
  if (own_slot(t, &Type::new_instance)) add_wrapper(t, "__new__", SlotKind::New);
  if (own_slot(t, &Type::init)) add_wrapper(t, "__init__", SlotKind::Init);
  if (own_slot(t, &Type::repr)) add_wrapper(t, "__repr__", SlotKind::Repr);
  if (own_slot(t, &Type::str)) add_wrapper(t, "__str__", SlotKind::Str);
  if (own_slot(t, &Type::hash)) add_wrapper(t, "__hash__", SlotKind::Hash);
  if (own_slot(t, &Type::compare)) {
    static const char* const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++) add_wrapper(t, names[i], static_cast<SlotKind>(static_cast<int>(SlotKind::Lt) + i));
  }
  if (own_slot(t, &Type::getattr) || t == object_type) add_wrapper(t, "__getattribute__", SlotKind::GetAttribute);
  if (own_slot(t, &Type::setattr) || t == object_type) {
    add_wrapper(t, "__setattr__", SlotKind::SetAttr);
    add_wrapper(t, "__delattr__", SlotKind::DelAttr);
  }
  if (own_slot(t, &Type::len)) add_wrapper(t, "__len__", SlotKind::Len);
  if (own_slot(t, &Type::getitem)) add_wrapper(t, "__getitem__", SlotKind::GetItem);
  if (own_slot(t, &Type::setitem)) {
    add_wrapper(t, "__setitem__", SlotKind::SetItem);
    add_wrapper(t, "__delitem__", SlotKind::DelItem);
  }
  if (own_slot(t, &Type::contains)) add_wrapper(t, "__contains__", SlotKind::Contains);
  if (own_slot(t, &Type::iter)) add_wrapper(t, "__iter__", SlotKind::Iter);
  if (own_slot(t, &Type::next)) add_wrapper(t, "__next__", SlotKind::Next);
  if (own_slot(t, &Type::call)) add_wrapper(t, "__call__", SlotKind::Call);
  if (own_slot(t, &Type::truth)) add_wrapper(t, "__bool__", SlotKind::Bool);
  add_operator_wrappers(t);
}

void create_slot_wrapper_type() {
  slot_wrapper_type = new_object_model_type("wrapper_descriptor");
  slot_wrapper_type->call = wrapper_call;
  slot_wrapper_type->descr_get = wrapper_get;
  slot_wrapper_type->repr = wrapper_repr;
  add_getset(slot_wrapper_type, "__name__", wrapper_get_name);
  add_getset(slot_wrapper_type, "__qualname__", wrapper_get_qualname);
  add_getset(slot_wrapper_type, "__objclass__", wrapper_get_objclass);
}

}  // namespace py
