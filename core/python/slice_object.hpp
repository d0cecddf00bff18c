// slice: the object behind `a[start:stop:step]`, and CPython's rules for turning one into the
// indices of a sequence of a given length.
#pragma once

#include <cstdint>

#include "python/object.hpp"

namespace py {

extern Type* slice_type;

struct SliceObject : Object {
  SliceObject(Value start, Value stop, Value step) : Object(slice_type), start(std::move(start)), stop(std::move(stop)), step(std::move(step)) {}
  Value start;  // None when omitted, as the other two
  Value stop;
  Value step;
};

Ref<SliceObject> make_slice(Value start, Value stop, Value step);
inline bool is_slice(const Value& v) { return v.is_object() && v.type() == slice_type; }

// PySlice_GetIndicesEx: the slice's bounds clipped to a sequence of `length` items, and how
// many items it selects. False with an exception set ("slice step cannot be zero", or a bound
// that is not an int and has no __index__).
bool slice_indices(const Value& slice, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                   std::int64_t& step, std::int64_t& count);

}  // namespace py
