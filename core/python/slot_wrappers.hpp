// The dunder methods of built-in types (`int.__add__`, `object.__init__`, `list.__getitem__`):
// objects in the type's dict that call the type's own slot, so `super().__init__(x)` and
// `object.__repr__(self)` reach the built-in behaviour.
#pragma once

#include "python/object.hpp"

namespace py {

extern Type* slot_wrapper_type;  // `<slot wrapper '__add__' of 'int' objects>`

// Adds a wrapper for each slot `type` defines itself (set and different from its base's), unless
// the dict already has that name. inherit_slots() calls it for built-in types, which set their own
// slots before calling it.
void add_slot_wrappers(Type* type);

}  // namespace py
