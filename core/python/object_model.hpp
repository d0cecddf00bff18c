// Internal to the object model (objects.cmake): each file's part of init_object_model(), which
// creates the types and sets their slots (create_*), then fills their dicts (add_*).
// object_model_init.cpp calls them in dependency order.
#pragma once

#include <cstdint>

#include "python/object.hpp"

namespace py {

void create_type_and_object();
void set_object_slots();  // object_type.cpp: object's slots, before anything inherits them
void create_function_types();
void create_descriptor_types();
void create_exception_types();
void create_module_type();
void create_slot_wrapper_type();
void create_sequence_iterator_type();

void add_type_attributes();
void add_object_attributes();
void add_function_attributes();
void add_descriptor_attributes();
void add_exception_attributes();
void add_module_attributes();

// An immortal built-in type of the object model: derives from `base` (object when null).
Type* new_object_model_type(const char* name, Type* base = nullptr, std::uint32_t flags = 0);

// `obj.__dict__` for types with kHasDict (functions, exceptions, classes' instances).
Value instance_dict_of(const Value& self);

// iter() of a class with __getitem__ and no __iter__ (sequence_iterator.cpp).
Value make_sequence_iterator(const Value& sequence);

// The dunders of each BinaryOp and UnaryOp, in enum order: `a + b` is __add__ / __radd__, `a += b`
// is __iadd__.
struct BinaryDunderNames {
  const char* op;
  const char* reflected;
  const char* inplace;
};
inline constexpr BinaryDunderNames kBinaryDunders[kBinaryOpCount] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
inline constexpr const char* kUnaryDunders[kUnaryOpCount] = {"__neg__", "__pos__", "__invert__"};

// CPython's default hash of an object: its address, rotated so the alignment bits count.
std::int64_t identity_hash(const void* address);

}  // namespace py
