// Code objects: what the compiler produces for a module, a function, a class body, a lambda or a
// comprehension, and what the VM runs. Shaped like CPython 3.11's code object ("localsplus":
// one array of arguments, locals, cells and free variables per frame).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "python/object.hpp"
#include "python/opcodes.hpp"
#include "python/source.hpp"

namespace py {

struct StrObject;
struct TupleObject;

// Where an instruction came from, for tracebacks (3.11 prints carets under the failing
// expression) and for the line of frames: CPython's positions (1-based lines, 0-based UTF-8 byte
// columns, end exclusive). line == 0: no location (CPython's None).
struct Position {
  std::int32_t line = 0;
  std::int32_t end_line = 0;
  std::int32_t col = -1;
  std::int32_t end_col = -1;
};

// One row of 3.11's exception table: an exception raised by an instruction in [start, end) pops
// the value stack to `depth` items, pushes the instruction index (when push_lasti), pushes the
// exception, and continues at `handler`. Rows are sorted by start; the first row covering the
// instruction wins (the compiler emits them non-overlapping, innermost split out, as CPython).
struct ExceptionTableEntry {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t handler = 0;
  std::uint32_t depth = 0;
  bool push_lasti = false;
};

enum CodeFlags : std::uint32_t {
  kCodeOptimized = 1,      // locals are fast locals (functions); else a locals mapping (module, class)
  kCodeNewLocals = 2,
  kCodeVarargs = 4,        // has *args
  kCodeVarKeywords = 8,    // has **kwargs
  kCodeNested = 16,
  kCodeGenerator = 32,
  kCodeCoroutine = 256,
  kCodeAsyncGenerator = 512,
};

// How a localsplus slot is used (a slot can be both a local/argument and a cell).
enum LocalKind : std::uint8_t {
  kLocalPlain = 0x20,
  kLocalCell = 0x40,
  kLocalFree = 0x80,
  kLocalArg = 0x01,  // combined with kLocalPlain or kLocalCell
};

extern Type* code_type;

struct CodeObject : Object {
  CodeObject();

  std::vector<Instr> instructions;
  std::vector<Position> positions;  // one per instruction
  std::vector<ExceptionTableEntry> exception_table;
  // Constants, nested code objects, kwnames tuples. A function's consts[0] is its docstring (a str)
  // or None, as in CPython.
  std::vector<Value> consts;
  std::vector<Ref<StrObject>> names;     // attribute, global and import names (interned)
  // Arguments first (positional-only, positional, keyword-only, *args, **kwargs, in that order),
  // then other locals, then cell-only slots, then free variables.
  std::vector<Ref<StrObject>> localsplus_names;
  std::vector<std::uint8_t> localsplus_kinds;  // LocalKind bits per slot
  int argcount = 0;         // positional (including positional-only), not *args
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int nlocals = 0;          // slots that are arguments or plain locals (a prefix of localsplus)
  int ncells = 0;
  int nfreevars = 0;        // the last nfreevars slots
  int stacksize = 0;        // the most values the stack ever holds
  std::uint32_t flags = 0;
  int firstlineno = 1;
  Ref<StrObject> name;      // co_name: "f", "<module>", "<lambda>", "<listcomp>", "<genexpr>"
  Ref<StrObject> qualname;  // co_qualname: "C.f", "f.<locals>.g"
  Ref<StrObject> filename;  // "main.py"
  // The program's text, for the source lines tracebacks and warnings print.
  std::shared_ptr<const SourceText> source;

  // Where LOAD_GLOBAL last found each name: the globals dict's version when it was there, or the
  // globals' and builtins' versions when it was a builtin; the entry's position (eval_helpers.cpp).
  struct GlobalCache {
    std::uint64_t globals_version = 0;
    std::uint64_t builtins_version = 0;  // 0: found in the globals
    std::int32_t position = -1;
  };
  mutable std::vector<GlobalCache> global_cache;  // per name, made at the first LOAD_GLOBAL

  int nlocalsplus() const { return static_cast<int>(localsplus_names.size()); }
  // The line an instruction belongs to (0 when none).
  int line_of(std::uint32_t instr_index) const {
    return instr_index < positions.size() ? positions[instr_index].line : 0;
  }
};

}  // namespace py
