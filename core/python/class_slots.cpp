// Slots of classes made by `class` statements: each finds the dunder on the instance's type and
// calls it, with CPython's checks on what the dunder returns.
#include "python/class_slots.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <utility>

#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/heap.hpp"
#include "python/int_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/traceback_print.hpp"

namespace py {
namespace {

// The dunder as defined by a class statement on the MRO; empty when the first class defining it is
// built-in (its C++ slot, inherited, already does the work) or none does.
Value heap_dunder(const Type* type, StrObject* name) {
  for (const Type* t : type->mro) {
    if (Value v = t->dict->get_str(name)) return (t->flags & Type::kHeapType) ? v : Value();
  }
  return Value();
}

// Binds the dunder to `self` (functions become methods, staticmethods stay plain) and calls it.
Value call_dunder(const Value& self, const Value& dunder, const Args& args) {
  if (dunder.type() == function_type) {
    std::vector<Value> pos{self};
    pos.insert(pos.end(), args.pos.begin(), args.pos.end());
    return call(dunder, Args{pos, args.kw_values, args.kw_names});
  }
  Value bound = dunder;
  if (DescrGetSlot get = dunder.type()->descr_get) bound = get(dunder, self, self.type());
  if (!bound) return nullptr;
  return call(bound, args);
}

Value call_dunder(const Value& self, StrObject* name, std::initializer_list<Value> args) {
  Value dunder = self.type()->lookup(name);
  if (!dunder) return raise_attribute_error(self, name);
  return call_dunder(self, dunder, Args{std::span<const Value>(args.begin(), args.size()), {}, {}});
}

// Calls a dunder that may be missing: NotImplemented when it is.
Value call_optional(const Value& self, StrObject* name, std::initializer_list<Value> args) {
  Value dunder = self.type()->lookup(name);
  if (!dunder) return not_implemented();
  return call_dunder(self, dunder, Args{std::span<const Value>(args.begin(), args.size()), {}, {}});
}

// name_of<"__repr__">(): the interned name, looked up once per name rather than on every call.
template <std::size_t N>
struct Literal {
  char text[N];
  constexpr Literal(const char (&s)[N]) { std::copy_n(s, N, text); }  // NOLINT: implicit by design
};
template <Literal L>
StrObject* name_of() {
  static StrObject* const name = intern(L.text);
  return name;
}

// Interned names for a table of dunder spellings, made once.
template <std::size_t N>
std::array<StrObject*, N> intern_all(const char* const (&texts)[N]) {
  std::array<StrObject*, N> names{};
  for (std::size_t i = 0; i < N; i++) names[i] = intern(texts[i]);
  return names;
}

// ---- the slots ----------------------------------------------------------------------------------------

Value slot_repr(const Value& self) { return call_dunder(self, name_of<"__repr__">(), {}); }
Value slot_str(const Value& self) { return call_dunder(self, name_of<"__str__">(), {}); }

bool slot_hash(const Value& self, std::int64_t& out) {
  Value dunder = self.type()->lookup(name_of<"__hash__">());
  if (!dunder || is_none(dunder)) {
    raise_format(type_error_type, "unhashable type: '%s'", self.type()->name.c_str());
    return false;
  }
  Value r = call_dunder(self, dunder, Args{});
  if (!r) return false;
  if (!is_int(r)) {
    raise_type_error("__hash__ method should return an integer");
    return false;
  }
  // As CPython: a big result is reduced by hashing it as an int.
  return hash(r, out);
}

const char* const kCompareDunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slot_compare(const Value& self, const Value& other, CompareOp op) {
  static const std::array<StrObject*, 6> names = intern_all(kCompareDunders);
  StrObject* name = names[static_cast<int>(op)];
  if (Value dunder = self.type()->lookup(name)) {
    Value args[] = {other};
    return call_dunder(self, dunder, Args{args, {}, {}});
  }
  // No dunder for this operator: the built-in base's comparison (object's: == is identity, !=
  // inverts ==).
  for (const Type* t : self.type()->mro) {
    if (!(t->flags & Type::kHeapType)) return t->compare != nullptr ? t->compare(self, other, op) : not_implemented();
  }
  return not_implemented();
}

int slot_truth(const Value& self) {
  Value dunder = self.type()->lookup(name_of<"__bool__">());
  if (!dunder) {
    std::int64_t n = 0;
    if (self.type()->len == nullptr) return 1;
    if (!self.type()->len(self, n)) return -1;
    return n != 0;
  }
  Value r = call_dunder(self, dunder, Args{});
  if (!r) return -1;
  if (r.type() != bool_type) {
    raise_format(type_error_type, "__bool__ should return bool, returned %s", r.type()->name.c_str());
    return -1;
  }
  return r.is(true_object);
}

bool slot_len(const Value& self, std::int64_t& out) {
  Value r = call_dunder(self, name_of<"__len__">(), {});
  if (!r) return false;
  if (!is_int(r)) {
    raise_format(type_error_type, "'%s' object cannot be interpreted as an integer", r.type()->name.c_str());
    return false;
  }
  if (!to_int64(r, out)) return false;
  if (out < 0) {
    raise_value_error("__len__() should return >= 0");
    return false;
  }
  return true;
}

Value slot_call(const Value& self, const Args& args) {
  Value dunder = self.type()->lookup(name_of<"__call__">());
  if (!dunder) return raise_format(type_error_type, "'%s' object is not callable", self.type()->name.c_str());
  return call_dunder(self, dunder, args);
}

// __getattribute__, then __getattr__ when that raised AttributeError.
Value slot_getattr(const Value& self, StrObject* name) {
  Value getattribute = heap_dunder(self.type(), name_of<"__getattribute__">());
  Value name_value = Value::borrow(name);
  Value r = getattribute ? call_dunder(self, getattribute, Args{std::span<const Value>(&name_value, 1), {}, {}})
                         : generic_getattr(self, name);
  if (r || !error_matches(attribute_error_type)) return r;
  Value fallback = self.type()->lookup(name_of<"__getattr__">());
  if (!fallback) return r;
  clear_error();
  return call_dunder(self, fallback, Args{std::span<const Value>(&name_value, 1), {}, {}});
}

bool slot_setattr(const Value& self, StrObject* name, const Value& value) {
  Value name_value = Value::borrow(name);
  if (value) {
    Value dunder = heap_dunder(self.type(), name_of<"__setattr__">());
    if (!dunder) return generic_setattr(self, name, value);
    return static_cast<bool>(call_dunder(self, name_of<"__setattr__">(), {name_value, value}));
  }
  Value dunder = heap_dunder(self.type(), name_of<"__delattr__">());
  if (!dunder) return generic_setattr(self, name, value);
  return static_cast<bool>(call_dunder(self, name_of<"__delattr__">(), {name_value}));
}

Value slot_getitem(const Value& self, const Value& key) { return call_dunder(self, name_of<"__getitem__">(), {key}); }

bool slot_setitem(const Value& self, const Value& key, const Value& value) {
  if (value) return static_cast<bool>(call_dunder(self, name_of<"__setitem__">(), {key, value}));
  return static_cast<bool>(call_dunder(self, name_of<"__delitem__">(), {key}));
}

int slot_contains(const Value& self, const Value& item) {
  Value dunder = self.type()->lookup(name_of<"__contains__">());
  if (!dunder) {
    // Without __contains__, `in` iterates (the abstract API does when the slot is null).
    Value it = get_iter(self);
    if (!it) return -1;
    while (Value x = iter_next(it)) {
      int eq = equal(x, item);
      if (eq != 0) return eq;
    }
    return error_occurred() ? -1 : 0;
  }
  Value args[] = {item};
  Value r = call_dunder(self, dunder, Args{args, {}, {}});
  return r ? truthy(r) : -1;
}

Value slot_iter(const Value& self) {
  Value dunder = self.type()->lookup(name_of<"__iter__">());
  if (dunder && is_none(dunder)) {
    return raise_format(type_error_type, "'%s' object is not iterable", self.type()->name.c_str());
  }
  return call_dunder(self, name_of<"__iter__">(), {});
}

// A StopIteration from __next__ becomes the slot's silent exhaustion.
Value slot_next(const Value& self) {
  Value r = call_dunder(self, name_of<"__next__">(), {});
  if (!r && error_matches(stop_iteration_type)) clear_error();
  return r;
}

Value slot_descr_get(const Value& self, const Value& instance, Type* owner) {
  Value owner_value = owner != nullptr ? Value::borrow(owner) : none();
  return call_dunder(self, name_of<"__get__">(), {instance ? instance : none(), owner_value});
}

bool slot_descr_set(const Value& self, const Value& instance, const Value& value) {
  if (value) return static_cast<bool>(call_dunder(self, name_of<"__set__">(), {instance, value}));
  return static_cast<bool>(call_dunder(self, name_of<"__delete__">(), {instance}));
}

Value slot_new(Type* type, const Args& args) {
  Value dunder = type->lookup(name_of<"__new__">());
  Value callable = dunder;
  if (DescrGetSlot get = dunder.type()->descr_get) callable = get(dunder, Value(), type);
  if (!callable) return nullptr;
  std::vector<Value> pos{Value::borrow(type)};
  pos.insert(pos.end(), args.pos.begin(), args.pos.end());
  return call(callable, Args{pos, args.kw_values, args.kw_names});
}

bool slot_init(const Value& self, const Args& args) {
  Value r = call_dunder(self, self.type()->lookup(name_of<"__init__">()), args);
  if (!r) return false;
  if (!is_none(r)) {
    raise_format(type_error_type, "__init__() should return None, not '%s'", r.type()->name.c_str());
    return false;
  }
  return true;
}

// CPython's slot_tp_finalize as PyObject_CallFinalizerFromDealloc calls it: the object lives again
// for the call to __del__, which runs once per object; it stays alive when the call kept a
// reference. An error is reported as ignored. Another exception may be propagating meanwhile: it
// is put aside.
thread_local std::unordered_set<const Object*> finalized_and_resurrected;

bool slot_finalize(Object* o) {
  if (finalized_and_resurrected.erase(o) != 0) return true;
  Heap* heap = Heap::current();
  if (heap == nullptr || heap->tearing_down()) return true;
  o->refcnt = 1;
  {
    Value self = Value::borrow(o);
    Ref<BaseExceptionObject> pending = fetch_error();
    Value del = self.type()->lookup(name_of<"__del__">());
    if (del && !call_dunder(self, del, Args{})) write_unraisable(del);
    if (pending) restore_error(std::move(pending));
  }
  if (--o->refcnt == 0) return true;
  Heap::Outside uncounted;  // the set's storage is the engine's
  finalized_and_resurrected.insert(o);
  return false;
}

// ---- arithmetic ----------------------------------------------------------------------------------------------

// One slot function per operator: the slot signature carries no operator, so a template
// parameter does. As CPython's SLOT1BINFULL: called for whichever operand has this slot, it tries
// the left operand's __add__ and the right one's __radd__, the right one first when its class is a
// subclass of the left's that overrides __radd__.
template <int Op>
Value slot_binary(const Value& left, const Value& right) {
  static StrObject* const op_name = intern(kBinaryDunders[Op].op);
  static StrObject* const reflected_name = intern(kBinaryDunders[Op].reflected);
  Type* left_type = left.type();
  Type* right_type = right.type();
  bool try_right = right_type != left_type && right_type->binary[Op] == &slot_binary<Op>;
  if (left_type->binary[Op] == &slot_binary<Op>) {
    if (try_right && right_type->is_subtype_of(left_type) &&
        !right_type->lookup(reflected_name).is(left_type->lookup(reflected_name))) {
      Value r = call_optional(right, reflected_name, {left});
      if (!r || !r.is(not_implemented_object)) return r;
      try_right = false;
    }
    Value r = call_optional(left, op_name, {right});
    if (!r || !r.is(not_implemented_object) || right_type == left_type) return r;
  }
  if (try_right) return call_optional(right, reflected_name, {left});
  return not_implemented();
}

template <int Op>
Value slot_inplace(const Value& self, const Value& other) {
  static StrObject* const name = intern(kBinaryDunders[Op].inplace);
  return call_optional(self, name, {other});
}

template <int Op>
Value slot_unary(const Value& self) {
  static StrObject* const name = intern(kUnaryDunders[Op]);
  return call_dunder(self, name, {});
}

template <int... Ops>
constexpr auto binary_slot_table(std::integer_sequence<int, Ops...>) {
  return std::array<BinarySlot, sizeof...(Ops)>{&slot_binary<Ops>...};
}
template <int... Ops>
constexpr auto inplace_slot_table(std::integer_sequence<int, Ops...>) {
  return std::array<BinarySlot, sizeof...(Ops)>{&slot_inplace<Ops>...};
}
template <int... Ops>
constexpr auto unary_slot_table(std::integer_sequence<int, Ops...>) {
  return std::array<UnarySlot, sizeof...(Ops)>{&slot_unary<Ops>...};
}
constexpr auto kBinarySlots = binary_slot_table(std::make_integer_sequence<int, kBinaryOpCount>());
constexpr auto kInplaceSlots = inplace_slot_table(std::make_integer_sequence<int, kBinaryOpCount>());
constexpr auto kUnarySlots = unary_slot_table(std::make_integer_sequence<int, kUnaryOpCount>());

// ---- installing ------------------------------------------------------------------------------------------------

bool defines(const Type* type, const char* name) { return static_cast<bool>(heap_dunder(type, intern(name))); }

template <class Slot>
void set_if(Type* type, Slot& slot, Slot value, std::initializer_list<const char*> dunders) {
  for (const char* d : dunders) {
    if (defines(type, d)) {
      slot = value;
      return;
    }
  }
}

// __eq__ without __hash__ in the same class body makes instances unhashable, as CPython.
void derive_hash(Type* type) {
  StrObject* hash_name = intern("__hash__");
  bool own_eq = static_cast<bool>(type->dict->get_str(intern("__eq__")));
  Value own_hash = type->dict->get_str(hash_name);
  if (own_eq && !own_hash) {
    type->dict->set_str(hash_name, none());
    own_hash = none();
  }
  Value h = heap_dunder(type, hash_name);
  if (!h) return;
  type->hash = is_none(h) ? nullptr : slot_hash;
}

}  // namespace

void install_class_slots(Type* type) {
  set_if(type, type->repr, &slot_repr, {"__repr__"});
  set_if(type, type->str, &slot_str, {"__str__"});
  set_if(type, type->compare, &slot_compare, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
  derive_hash(type);
  set_if(type, type->truth, &slot_truth, {"__bool__"});
  set_if(type, type->len, &slot_len, {"__len__"});
  set_if(type, type->call, &slot_call, {"__call__"});
  set_if(type, type->getattr, &slot_getattr, {"__getattribute__", "__getattr__"});
  set_if(type, type->setattr, &slot_setattr, {"__setattr__", "__delattr__"});
  set_if(type, type->getitem, &slot_getitem, {"__getitem__"});
  set_if(type, type->setitem, &slot_setitem, {"__setitem__", "__delitem__"});
  set_if(type, type->contains, &slot_contains, {"__contains__"});
  set_if(type, type->iter, &slot_iter, {"__iter__"});
  // The old protocol: a class with __getitem__ and no __iter__ iterates by index.
  if (type->iter == nullptr && defines(type, "__getitem__")) type->iter = make_sequence_iterator;
  set_if(type, type->next, &slot_next, {"__next__"});
  set_if(type, type->descr_get, &slot_descr_get, {"__get__"});
  set_if(type, type->descr_set, &slot_descr_set, {"__set__", "__delete__"});
  set_if(type, type->new_instance, &slot_new, {"__new__"});
  set_if(type, type->init, &slot_init, {"__init__"});
  set_if(type, type->finalize, &slot_finalize, {"__del__"});
  for (int i = 0; i < kBinaryOpCount; i++) {
    set_if(type, type->binary[i], kBinarySlots[i], {kBinaryDunders[i].op, kBinaryDunders[i].reflected});
    set_if(type, type->inplace[i], kInplaceSlots[i], {kBinaryDunders[i].inplace});
  }
  for (int i = 0; i < kUnaryOpCount; i++) set_if(type, type->unary[i], kUnarySlots[i], {kUnaryDunders[i]});
}

void update_class_slot(Type* type, StrObject*) {
  // Re-deriving every slot is cheap next to assigning a dunder, and keeps one source of truth.
  install_class_slots(type);
}

}  // namespace py
