// The state of one run (Interpreter::State): what the VM, the host API and the built-ins that
// reach the running program (vm.hpp) share. Internal to the VM area.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "loop/clock.hpp"
#include "python/dict_object.hpp"
#include "python/frame.hpp"
#include "python/heap.hpp"
#include "python/interpreter.hpp"
#include "python/run_trace.hpp"
#include "python/vm.hpp"

namespace py {

struct Interpreter::State {
  State(InterpreterOptions options, InterpreterSinks sinks);
  ~State();

  InterpreterOptions options;
  InterpreterSinks sinks;
  Heap heap;
  std::unique_ptr<aio::Clock> clock;
  double wall_time_at_start = 0;   // time.time() when the run began
  double clock_at_start = 0;       // clock->now() when the run began
  RunTrace trace;

  // Per-run namespaces.
  Ref<DictObject> builtins;
  Ref<DictObject> modules;  // sys.modules
  Ref<DictObject> main_globals;  // __main__'s namespace

  // The innermost running frame; the chain ends with the module body's frame, driven by step().
  // Frames not owned by a generator are freed by whoever pops them (or by ~State).
  Frame* current_frame = nullptr;
  int frame_depth = 0;        // Python frames on the chain, for the recursion limit
  int recursion_limit = 1000;
  int nested_loops = 0;       // C++ -> Python calls in progress (vm_call, generators resumed from C++)

  // sys.exc_info(): the thread's stack of exceptions being handled.
  ExcInfo base_exc_info;
  ExcInfo* exc_info = &base_exc_info;

  // Time slicing: the outermost loop returns to the host once the slice's deadline has passed.
  double slice_deadline = 0;
  std::int32_t ticks_until_clock_check = 0;
  std::atomic<bool> interrupt_requested{false};

  // A built-in suspended the program; the CALL that made it is waiting for its result.
  std::unique_ptr<Suspension> suspension;
  // step_one(): event loops stop after one callback.
  bool one_callback_per_step = false;

  // Warnings already shown (CPython's "default" action: once per message and location).
  std::unordered_set<std::string> warnings_shown;

  std::string stdin_text;
  std::size_t stdin_pos = 0;

  bool started = false;
  bool finished = false;
  int exit_status = 0;
  bool ended_by_keyboard_interrupt = false;
  std::optional<Failure> failure;
};

// The run whose step() is executing on this thread (nullptr outside one).
Interpreter::State* current_state();
// Makes a run current for a scope (nests): its heap and its thread state.
class StateScope {
 public:
  explicit StateScope(Interpreter::State& state);
  ~StateScope();
  StateScope(const StateScope&) = delete;
  StateScope& operator=(const StateScope&) = delete;

 private:
  Interpreter::State* previous_;
  Heap::Scope heap_scope_;
};

}  // namespace py
