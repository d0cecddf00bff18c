// A frame: one activation of a code object (a call, a module body, a class body, a generator).
//
// Frames are plain heap blocks, not Python objects: one allocation holds the frame and its
// "localsplus" slots (arguments, locals, cells, free variables) followed by the value stack, sized
// by the code object. A running frame links to its caller (`previous`); a generator's frame is
// owned by the generator and linked on top of whoever resumes it.
#pragma once

#include <cstdint>

#include "python/code.hpp"
#include "python/function_object.hpp"
#include "python/object.hpp"

namespace py {

struct GeneratorObject;

// One entry of the thread's stack of exceptions being handled (sys.exc_info()): the program has
// one, and each generator its own, linked on top while the generator runs (CPython's exc_info).
struct ExcInfo {
  Value exception;  // empty or None: nothing is being handled at this level
  ExcInfo* previous = nullptr;
};

struct Frame {
  // A frame for `code` with its slots empty. `function` may be null (module and class bodies
  // pass their namespaces explicitly); `locals` is the locals mapping of non-optimized code.
  static Frame* create(Ref<CodeObject> code, Ref<FunctionObject> function, Value globals, Value builtins,
                       Value locals);
  // Releases every value the frame holds and frees it.
  static void destroy(Frame* frame);

  Ref<CodeObject> code;
  Ref<FunctionObject> function;  // null for module bodies
  Value globals;                 // a dict
  Value builtins;                // a dict
  Value locals;                  // the locals mapping (module and class bodies), else empty
  Frame* previous = nullptr;     // the caller, while running
  GeneratorObject* generator = nullptr;  // the owner, for generator and coroutine frames
  std::uint32_t next_instr = 0;  // index of the next instruction to run
  std::uint32_t last_instr = 0;  // index of the instruction running (or that last ran)
  std::uint32_t stack_depth = 0;  // values on the value stack
  // A nested loop (vm_call, a generator resumed from C++) returns when this frame returns or yields.
  bool is_entry = false;

  int nlocalsplus() const { return code->nlocalsplus(); }
  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  const Value* localsplus() const { return reinterpret_cast<const Value*>(this + 1); }
  Value* stack_base() { return localsplus() + nlocalsplus(); }
  int line() const { return code->line_of(last_instr); }

 private:
  Frame() = default;
  ~Frame() = default;
};

// The first argument of the frame's function (`self` for zero-argument super()), reading through
// a cell when the argument is captured by a closure; empty when the code has no arguments or it
// was deleted.
Value frame_first_argument(const Frame& frame);
// The contents of the frame's `__class__` free variable (zero-argument super()), or an empty
// Value when the function has none or it is unbound.
Value frame_class_cell(const Frame& frame);
// locals(): the locals mapping of a module or class body, or a new dict of a function's bound
// local variables (cells read through), as CPython's locals() in a function.
Value frame_locals(Frame& frame);

}  // namespace py
