#pragma once

#include "python/object.hpp"

namespace py {

extern Type* float_type;

struct FloatObject : Object {
  explicit FloatObject(double v, Type* type = float_type) : Object(type), value(v) {}
  double value;
};

Value make_float(double v);
inline bool is_float(const Value& v) { return v.is_object() && v.type()->is_subtype_of(float_type); }
// Adds float.hex() and the classmethod float.fromhex() (float_hex.cpp).
void add_float_hex_methods(Type* t);
inline double float_value_of(const Value& v) { return static_cast<FloatObject*>(v.object())->value; }

}  // namespace py
