// Object and Type: the object model every built-in and user-defined value shares.
//
// An Object is a C++ object (virtual destructor: members that are Values release what they hold)
// with a refcount, a type and an optional instance __dict__. Objects a program creates are
// allocated with make<T>() and linked into the running interpreter's heap (heap.hpp): when a run
// ends the heap frees whatever is left, reference cycles included. Objects that live for the whole
// process (built-in types, None, True, the built-in functions) are immortal: created with
// make_immortal<T>(), never freed, shared by every interpreter (built-in types cannot be mutated
// from Python, as in CPython).
//
// A Type is an Object too. Its slots are C++ function pointers the VM and the abstract API
// (runtime.hpp) call directly; nullptr means "not supported" (the caller raises CPython's
// TypeError). A class statement makes a heap type whose slots dispatch to the class's dunder
// methods (class_slots.cpp), so `a + b` costs the same call whether __add__ is C++ or Python.
//
// Errors: slots return an empty Value (or -1 / false where documented) with an exception set
// (errors.hpp). They never throw C++ exceptions, except std::bad_alloc when the heap cap is hit,
// which the VM turns into MemoryError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "python/value.hpp"

namespace py {

struct Type;
struct StrObject;
struct DictObject;
struct TupleObject;

// Links an object into its interpreter's heap (a circular list with a sentinel in Heap).
struct HeapLink {
  HeapLink* heap_prev = nullptr;
  HeapLink* heap_next = nullptr;
};

class Object : public HeapLink {
 public:
  explicit Object(Type* type);
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object();

  Type* type() const { return type_; }
  // Instance attributes (`obj.__dict__`); nullptr until first needed, and always for types
  // without one (their `flags & kHasDict` is unset).
  DictObject* instance_dict() const { return dict_; }
  DictObject* ensure_instance_dict();  // creates it; requires the type's kHasDict

  // Changes the type (only `obj.__class__ = X` between compatible heap types).
  void set_type(Type* t);

  std::uint32_t refcnt = 1;
  static constexpr std::uint32_t kImmortal = 1u << 30;
  bool immortal() const { return refcnt >= kImmortal / 2; }

 private:
  friend class Heap;
  Type* type_;  // a strong reference when the type is a heap type
  DictObject* dict_ = nullptr;
};

namespace detail {
void free_object(Object* o);
// True while a heap frees everything left at the end of a run (heap.cpp): destructors then
// release references to objects that may already be destroyed, so releasing does nothing.
extern thread_local bool heap_teardown;
inline void incref(Object* o) {
  if (!heap_teardown) ++o->refcnt;
}
inline void decref(Object* o) {
  if (!heap_teardown && --o->refcnt == 0) free_object(o);
}
}  // namespace detail

// ---- calls ------------------------------------------------------------------------------------

// The arguments of a call: positionals, then keyword values with their names (interned str
// objects, same length as kw_values). `f(1, x=2)` is pos=[1], kw_values=[2], kw_names=["x"].
struct Args {
  std::span<const Value> pos;
  std::span<const Value> kw_values;
  std::span<StrObject* const> kw_names;

  std::size_t size() const { return pos.size(); }
  const Value& operator[](std::size_t i) const { return pos[i]; }
  bool has_kwargs() const { return !kw_values.empty(); }
};

// ---- slots --------------------------------------------------------------------------------------

enum class CompareOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Binary operators; the in-place forms (`+=`) have their own slots, falling back to these.
enum class BinaryOp : std::uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
};
inline constexpr int kBinaryOpCount = 13;
enum class UnaryOp : std::uint8_t { Neg, Pos, Invert };
inline constexpr int kUnaryOpCount = 3;

using UnarySlot = Value (*)(const Value& self);
// As CPython's number slots: always called as (left, right), by the left operand's type and then,
// if that gave NotImplemented, by the right operand's type (first when the right operand's type is
// a subclass that overrides the slot), so a slot must handle its type on either side (int's add
// sees `1 + 2.5` and `2.5 + 1` alike) and return NotImplemented (runtime.hpp) for operands it does
// not handle. A user class's slot calls __add__ or __radd__ according to the side it is on.
using BinarySlot = Value (*)(const Value& left, const Value& right);
using CompareSlot = Value (*)(const Value& self, const Value& other, CompareOp op);
using HashSlot = bool (*)(const Value& self, std::int64_t& out);      // false: exception set
using LenSlot = bool (*)(const Value& self, std::int64_t& out);       // false: exception set
using TruthSlot = int (*)(const Value& self);                          // 1, 0, or -1: exception set
using CallSlot = Value (*)(const Value& self, const Args& args);
using GetAttrSlot = Value (*)(const Value& self, StrObject* name);     // AttributeError when missing
using SetAttrSlot = bool (*)(const Value& self, StrObject* name, const Value& value);  // empty value: delete
using GetItemSlot = Value (*)(const Value& self, const Value& key);
using SetItemSlot = bool (*)(const Value& self, const Value& key, const Value& value);  // empty value: del
using ContainsSlot = int (*)(const Value& self, const Value& item);   // 1, 0, -1
// Descriptor protocol: `instance` is empty for access through the class.
using DescrGetSlot = Value (*)(const Value& self, const Value& instance, Type* owner);
using DescrSetSlot = bool (*)(const Value& self, const Value& instance, const Value& value);  // empty: delete
// type.__call__ splits into new (allocate, immutable state) and init.
using NewSlot = Value (*)(Type* type, const Args& args);
using InitSlot = bool (*)(const Value& self, const Args& args);
// Runs before an object whose refcount reached zero is freed (__del__): false when the object was
// resurrected (it must not be freed then).
using FinalizeSlot = bool (*)(Object* self);

struct Type : Object {
  enum Flags : std::uint32_t {
    kBaseType = 1,           // may be subclassed
    kHeapType = 2,           // made by a class statement (mutable, refcounted)
    kHasDict = 4,            // instances carry a __dict__
    kIsException = 8,        // BaseException or a subclass
    kIsIntSubclass = 16,     // int and bool (and user subclasses): fast isinstance checks
    kIsStrSubclass = 32,
    kIsTupleSubclass = 64,
    kIsListSubclass = 128,
    kIsDictSubclass = 256,
    kIsTypeSubclass = 512,
    kAbstractBaseOnly = 1024,  // cannot be instantiated directly
    kRepeatable = 2048,        // besides str, list and tuple, a sequence that `*` repeats (deque)
  };

  explicit Type(std::string name, Type* metatype = nullptr);
  ~Type() override;

  std::string name;      // __name__
  std::string qualname;  // __qualname__
  std::string module;    // __module__ for reprs: "builtins" is omitted in reprs
  std::uint32_t flags = 0;
  Type* base = nullptr;           // __base__ (the "solid" base), strong for heap types
  std::vector<Type*> bases;       // __bases__
  std::vector<Type*> mro;         // __mro__, starting with this type
  DictObject* dict = nullptr;     // the class namespace (methods, descriptors, class attributes)

  // ---- slots (nullptr: unsupported) ----
  UnarySlot repr = nullptr;
  UnarySlot str = nullptr;  // nullptr: use repr
  HashSlot hash = nullptr;  // nullptr: unhashable
  CompareSlot compare = nullptr;
  TruthSlot truth = nullptr;  // nullptr: len if present, else true
  LenSlot len = nullptr;
  CallSlot call = nullptr;
  GetAttrSlot getattr = nullptr;  // nullptr: generic_getattr
  SetAttrSlot setattr = nullptr;  // nullptr: generic_setattr
  GetItemSlot getitem = nullptr;
  SetItemSlot setitem = nullptr;
  ContainsSlot contains = nullptr;  // nullptr: iterate
  UnarySlot iter = nullptr;
  UnarySlot next = nullptr;  // returns empty with NO exception set at exhaustion (fast path)
  BinarySlot binary[kBinaryOpCount] = {};
  BinarySlot inplace[kBinaryOpCount] = {};  // `+=`: (self, other); nullptr or NotImplemented: binary
  UnarySlot unary[kUnaryOpCount] = {};
  DescrGetSlot descr_get = nullptr;
  DescrSetSlot descr_set = nullptr;
  NewSlot new_instance = nullptr;
  InitSlot init = nullptr;
  FinalizeSlot finalize = nullptr;

  bool is_subtype_of(const Type* other) const;  // walks the MRO
  // Looks a name up along the MRO (no descriptors applied); an empty Value when absent. Never
  // raises.
  Value lookup(StrObject* name) const;
  Value lookup(std::string_view name) const;

  // Copies the slots a subclass inherits from `base` (used when building built-in types and by
  // class statements) and computes the MRO (C3 for heap types). For a built-in type, call it after
  // setting the type's own slots: they become its dunder methods (`int.__add__`, slot_wrappers.hpp).
  void inherit_slots();
};

// The built-in types every file needs; the others are declared by their own headers. All are
// immortal and created by init_runtime() (runtime.hpp) before any interpreter runs.
extern Type* type_type;
extern Type* object_type;
extern Type* int_type;

inline Type* Value::type() const { return is_small_int() ? int_type : object()->type(); }

// ---- allocation ---------------------------------------------------------------------------------

// Allocates an object on the running interpreter's heap (or, outside a run, as an immortal).
template <class T, class... A>
Ref<T> make(A&&... args);

// Allocates an object that lives until the process ends (built-in types, singletons).
template <class T, class... A>
T* make_immortal(A&&... args) {
  T* o = new T(std::forward<A>(args)...);
  o->refcnt = Object::kImmortal;
  return o;
}

}  // namespace py

#include "python/heap.hpp"
