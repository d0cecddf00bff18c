// The compiler: AST -> code objects, as CPython 3.11's Python/compile.c generates them (the same
// instruction sequences, scoping, exception table, stack depths and source positions), for the
// instruction set of opcodes.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "python/code.hpp"
#include "python/source.hpp"
#include "python/syntax_error.hpp"

namespace py {

struct CompileResult {
  Ref<CodeObject> code;  // the module's code; null when `error` is set
  std::optional<SyntaxErrorInfo> error;
};

// Parses and compiles a whole program ("exec" mode). SyntaxErrors from the parser and the
// compiler's own (symtable errors such as "name 'x' is used prior to global declaration",
// "no binding for nonlocal 'x' found") come back in `error`. Objects (constants, code objects)
// are made on the current heap.
CompileResult compile_module(std::shared_ptr<const SourceText> source, std::string filename = "main.py");

}  // namespace py
