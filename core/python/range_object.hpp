// range: an immutable arithmetic sequence (range_object.cpp).
#pragma once

#include "python/object.hpp"

namespace py {

extern Type* range_type;

}  // namespace py
