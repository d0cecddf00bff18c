// Internal to the builtins files: each contributes its functions to the builtins namespace, and
// the iterator types are created once per process.
#pragma once

#include <span>

#include "python/module_support.hpp"

namespace py {

std::span<const FunctionDef> io_builtins();        // print, input (builtins_io.cpp)
std::span<const FunctionDef> numeric_builtins();   // abs, round, divmod, pow, sum, min, max (builtins_numeric.cpp)
std::span<const FunctionDef> reflect_builtins();   // getattr, isinstance, id, dir, vars, ... (builtins_reflect.cpp)
std::span<const FunctionDef> sequence_builtins();  // len, sorted, any, all, iter, next (builtins_sequence.cpp)
std::span<const FunctionDef> text_builtins();      // repr, ascii, format, chr, ord, hex, oct, bin (builtins_text.cpp)

// enumerate, zip, map, filter, reversed (builtins_iter.cpp).
extern Type* enumerate_type;
extern Type* zip_type;
extern Type* map_type;
extern Type* filter_type;
extern Type* reversed_type;
extern Type* callable_iterator_type;  // iter(callable, sentinel)
void init_builtin_iterator_types();
Value make_callable_iterator(Value callable, Value sentinel);

// Collects the builtins namespace once the types and functions exist (init_module_types()).
void init_builtins_template();

}  // namespace py
