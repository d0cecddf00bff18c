// compile_fuzzer: the front end and the compiler on arbitrary bytes.
//
// The bytes are a main.py as a file would hold them (any encoding, BOM, NULs, invalid UTF-8). They
// go through SourceText, the lexer, the parser, the context checks, the symbol table and the
// compiler; a SyntaxError is formatted as the traceback would show it, and a compiled program is
// disassembled (every code object, its constants, names and exception table). Nothing runs.
// Besides the sanitizers, it checks that a failed compile says why and that a compiled program
// has code.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "python/compiler.hpp"
#include "python/dis.hpp"
#include "python/heap.hpp"
#include "python/runtime.hpp"
#include "python/source.hpp"
#include "python/syntax_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool initialised = (py::init_runtime(), true);
  (void)initialised;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  py::Heap heap;  // no cap: as Interpreter::start, compiling is not the program's allocation
  py::Heap::Scope scope(heap);
  py::CompileResult result = py::compile_module(std::make_shared<const py::SourceText>(bytes), "main.py");
  if (result.error) {
    const std::string text = py::format_syntax_error(*result.error, "main.py");
    if (text.empty() || text.back() != '\n') {
      std::fprintf(stderr, "syntax error report does not end a line: %s\n", text.c_str());
      std::abort();
    }
    if (result.code) {
      std::fprintf(stderr, "both a code object and an error: %s\n", text.c_str());
      std::abort();
    }
  } else {
    if (!result.code) {
      std::fprintf(stderr, "neither a code object nor an error\n");
      std::abort();
    }
    const std::string listing = py::disassemble_recursive(*result.code);
    if (listing.empty()) std::abort();
  }
  return 0;
}
