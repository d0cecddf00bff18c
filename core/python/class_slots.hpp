// Slots for classes made by `class` statements: each calls the dunder method found on the
// instance's type (`a + b` runs the class's __add__ / __radd__), so the VM only ever calls slots.
#pragma once

#include "python/object.hpp"

namespace py {

struct StrObject;

// Sets every slot of a new class whose dunder a class statement defined (on the class or a heap
// base); slots with no Python dunder keep what inherit_slots() copied from the built-in base.
void install_class_slots(Type* type);
// After `C.__repr__ = f` (or `del C.__repr__`): re-derives the slots that dunder feeds.
void update_class_slot(Type* type, StrObject* name);

}  // namespace py
