// int: small values are unboxed in the Value (value.hpp); larger ones are IntObjects holding a
// BigInt. bool is a subclass whose two instances are IntObjects with value 0 and 1.
#pragma once

#include <cstdint>

#include "python/bigint.hpp"
#include "python/int_value.hpp"
#include "python/object.hpp"

namespace py {

extern Type* bool_type;

struct IntObject : Object {
  // Always normalized: a value that fits a small int is never an IntObject of type exactly int
  // (bools and instances of int subclasses may hold any value).
  IntObject(BigInt v, Type* type = int_type) : Object(type), value(std::move(v)) {}
  BigInt value;
};

// Any int64 as a Python int (boxed only when it does not fit a small int).
Value int_from_int64(std::int64_t v);
Value int_from_bigint(BigInt v);
Value int_from_value(IntValue v);
// True for ints, bools and instances of int subclasses.
inline bool is_int(const Value& v) {
  return v.is_small_int() || (v.is_object() && (v.type()->flags & Type::kIsIntSubclass));
}
// The value of an int (requires is_int()).
IntValue int_value_of(const Value& v);

// Raises the Python exception a failed number operation names (num_error.hpp); returns empty.
Value raise_num_error(const NumError& e);

}  // namespace py
