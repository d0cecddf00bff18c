// Internal to the str files: the groups of str methods, each registered by its own file.
#pragma once

#include "python/object.hpp"

namespace py {

void add_str_case_methods(Type* str_type);    // str_case_methods.cpp
void add_str_search_methods(Type* str_type);  // str_methods.cpp

}  // namespace py
