// A disassembler for code objects, in the spirit of CPython's `dis` module: one line per
// instruction with its line, index, opcode name, argument and what the argument means, then the
// exception table. For tests and for debugging the compiler and the VM.
#pragma once

#include <string>

#include "python/code.hpp"

namespace py {

// Disassembles `code` only (nested code objects appear as constants).
std::string disassemble(const CodeObject& code);
// `code` and then, recursively, every code object among its constants (as dis.dis does).
std::string disassemble_recursive(const CodeObject& code);

}  // namespace py
