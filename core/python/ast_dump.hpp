// Renders an AST exactly as CPython 3.11's `ast.dump()` does, so parser tests can compare with the
// oracle (`python3 -c 'import ast; print(ast.dump(ast.parse(src)))'`) and debugging output reads
// like Python's.
#pragma once

#include <string>

#include "python/ast.hpp"

namespace py {

struct DumpOptions {
  // ast.dump(..., include_attributes=True): lineno, col_offset, end_lineno, end_col_offset.
  bool include_attributes = false;
};

std::string ast_dump(const ast::Module& module, const DumpOptions& options = {});
std::string ast_dump(const ast::Stmt* stmt, const DumpOptions& options = {});
std::string ast_dump(const ast::Expr* expr, const DumpOptions& options = {});

// Python's repr() of the value a Constant holds ("'a\\n'", "b'x'", "1.5", "10**30" as digits...).
std::string constant_repr(const ast::Constant* constant);

}  // namespace py
