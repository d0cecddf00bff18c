// Internal to set_object.cpp / set_table.cpp: CPython's set table operations.
#pragma once

#include <cstdint>

#include "python/set_object.hpp"

namespace py {

void set_table_init(SetObject* set);                 // empty, 8 slots
void set_table_resize(SetObject* set, std::int64_t min_used);
// The slot holding `key`; -2 absent, -1 error.
int set_table_find(SetObject* set, const Value& key, std::int64_t hash);
bool set_table_add(SetObject* set, const Value& key, std::int64_t hash);  // false: error
int set_table_discard(SetObject* set, const Value& key, std::int64_t hash);  // 1, 0, -1
bool set_table_merge(SetObject* set, SetObject* other);  // set_merge: update from another set

}  // namespace py
