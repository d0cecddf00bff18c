// The front end's entry point: source text in, AST (or a CPython-identical SyntaxError) out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "python/ast.hpp"
#include "python/syntax_error.hpp"

namespace py {

// How deeply the AST may nest (RecursionError "maximum recursion depth exceeded during
// compilation" beyond). CPython's compiler gives up around 3000 levels; a wasm build has a 1 MB
// native stack shared by the parser and, later, the recursive compiler, so the default is lower.
// Real programs nest a few dozen levels at most.
inline constexpr int kDefaultMaxDepth = 1000;

struct ParseOptions {
  std::string filename = "main.py";  // appears in the "Non-UTF-8 code ... in file X" message only
  int max_depth = kDefaultMaxDepth;
  // Also report the errors CPython raises after parsing, while compiling, that need no scope
  // analysis: 'return' outside function, 'break' outside loop, 'await' outside function, and
  // friends (see context_check.hpp). The compiler may rely on them having been checked.
  bool check_context = true;
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when `error` is set
  std::optional<SyntaxErrorInfo> error;

  bool ok() const { return module != nullptr; }
};

// Parses a whole program (CPython's "exec" mode, as when running `python3 main.py`). The source is
// bytes as read from the file: UTF-8, with or without BOM, any line endings.
ParseResult parse_module(std::string_view source, const ParseOptions& options = {});

}  // namespace py
