// Internal to the collections files: each builds its types once per process.
#pragma once

#include "python/object.hpp"

namespace py {

extern Type* deque_type;
extern Type* defaultdict_type;
extern Type* counter_type;
extern Type* ordered_dict_type;

void init_deque_type();           // collections_deque.cpp
void init_dict_subclass_types();  // defaultdict, Counter, OrderedDict (collections_dicts.cpp)
void init_namedtuple_types();    // the field accessors (collections_namedtuple.cpp)
// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
// (collections_namedtuple.cpp).
Value collections_namedtuple(const Value& self, const Args& args);

}  // namespace py
