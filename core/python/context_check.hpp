// Errors CPython 3.11 reports after a successful parse, while compiling, that depend only on where
// a construct appears (not on name resolution):
//
//   future.c     future feature X is not defined / not a chance
//   symtable.c   nonlocal declaration not allowed at module level; duplicate argument 'x' in
//                function definition; 'yield' inside list comprehension (set/dict/generator)
//   compile.c    'return' outside function; 'yield' outside function; 'await' outside (async)
//                function; 'async for' / 'async with' outside async function; asynchronous
//                comprehension outside of an asynchronous function; 'break' outside loop;
//                'continue' not properly in loop; 'return' with value in async generator;
//                'yield from' inside async function; default 'except:' must be last; can't use
//                starred expression here; starred assignment target must be in a list or tuple;
//                multiple starred expressions in assignment; keyword argument repeated: x;
//                from __future__ imports must occur at the beginning of the file
//
// They live in the front end so that the playground reports them before running anything, as
// CPython does. Errors that need scope analysis ("no binding for nonlocal 'x' found", "name 'x' is
// used prior to global declaration", ...) are left to the compiler's symbol table.
//
// Phases run in CPython's order (future, symtable, compiler), each in source order, and report
// the first error with CPython's location (byte columns + 1, as compile.c does).
#pragma once

#include <optional>

#include "python/ast.hpp"
#include "python/source.hpp"
#include "python/syntax_error.hpp"

namespace py {

std::optional<SyntaxErrorInfo> check_context(const ast::Module& module, const SourceText& source);

}  // namespace py
