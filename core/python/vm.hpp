// The VM's interface to the rest of the runtime: calling Python functions from C++, the running
// program's state (clock, output, limits), and suspending the whole program from a built-in.
//
// The VM is stackless: Python -> Python calls push a heap frame and continue in the same C++ loop,
// and resuming a generator links its frame on top of the caller's. Only C++ -> Python calls
// (vm_call(), reached through call() in runtime.hpp: a user __repr__ under print, a sort key) run a
// nested loop. Their depth is bounded (RecursionError "maximum recursion depth exceeded while
// calling a Python object") so the native stack never overflows, and a nested loop cannot
// suspend the program.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "python/object.hpp"

namespace aio {
class Clock;
}

namespace py {

struct Frame;
struct CodeObject;
struct FunctionObject;
struct DictObject;

// ---- calling Python from C++ ----------------------------------------------------------------------

// Calls a Python function: binds the arguments (TypeError with CPython's messages on a mismatch),
// then runs the body to completion in a nested loop. A generator, coroutine or async generator
// function returns its new generator/coroutine object without running anything.
Value vm_call(FunctionObject* function, const Args& args);

// Runs a module's code (compile_module()) with `globals` as its namespace, in a nested loop (an
// import); returns None, or an empty Value with the exception its body raised.
Value vm_run_module_body(Ref<CodeObject> code, const Value& globals);

// The innermost running Python frame, or nullptr (frame.hpp says what a frame exposes: super()
// reads its first argument and __class__ cell; globals()/locals() read its mappings).
Frame* vm_current_frame();

// ---- the running program ----------------------------------------------------------------------------

// The run's clock: real, or virtual with --virtual-time (sleeps jump it).
aio::Clock& vm_clock();
// time.time() and time.monotonic() for the program: with a virtual clock both advance only as the
// clock jumps (time.time() starts at the host's wall time).
double vm_time();
double vm_monotonic();

// Program output through the host's sinks (sys.stdout / sys.stderr write here).
void vm_write_stdout(std::string_view text);
void vm_write_stderr(std::string_view text);
// One line of input for input() / sys.stdin.readline(), without its newline: the stdin text
// first, then the host. `wait` when the host answers later (InterpreterOptions::interactive_input):
// the built-in then returns vm_wait_for_line().
enum class LineRead { line, eof, wait };
LineRead vm_read_line(std::string& line);
// Suspends the program until the host provides a line; the suspended call then returns that line
// with `suffix` appended, as a str. RuntimeError where the program cannot suspend (a coroutine's
// step, a __repr__): a browser cannot block for typing.
Value vm_wait_for_line(std::string suffix);

// sys.getrecursionlimit() / sys.setrecursionlimit(): the Python frame depth limit.
int vm_recursion_limit();
void vm_set_recursion_limit(int limit);

// The run's builtins dict and sys.modules dict (created when the run starts).
DictObject* vm_builtins();
DictObject* vm_modules();

// --interrupt-at: the clock time (vm_clock()) at which the host presses Ctrl+C, while still to
// come. An event loop waiting for timers stops the clock there and raises KeyboardInterrupt itself,
// then clears it so that it is raised once.
std::optional<double> vm_interrupt_deadline();
void vm_clear_interrupt_deadline();
// For loops that run in C++ (sum(itertools.count())): raises KeyboardInterrupt and returns true
// when the host pressed Ctrl+C (interrupt()) or --interrupt-at has come, as the VM's own check on
// backward jumps and calls does. False outside a run.
bool vm_raise_if_interrupted();

// The run's trace: loops report to it when the host asked for events (trace().enabled()).
class RunTrace;
RunTrace& vm_trace();
// How many callbacks an event loop may run in this host step: 1 under Interpreter::step_one().
std::size_t vm_loop_callback_budget();

// Runs `hook` when a program ends, before its namespace is cleared (asyncio reports the tasks
// still pending then, as CPython does at exit). Process-wide; register once.
void vm_register_exit_hook(void (*hook)());

// ---- suspending the program -------------------------------------------------------------------------

// What a suspended program waits for. The host keeps calling step() on it (through
// Interpreter::step) until it is done; then the suspended call returns result().
class Suspension {
 public:
  enum class State { done, running, waiting, waiting_for_input };
  struct Step {
    State state = State::done;
    double delay_seconds = 0;  // waiting: host time until something can happen
  };
  virtual ~Suspension() = default;
  // Does the waited-for work for at most `slice_seconds` of host time.
  virtual Step step(double slice_seconds) = 0;
  // What the program waits for, for timelines and inspectors: "time.sleep(2)", "input()".
  virtual std::string describe() const = 0;
  // The value the suspended call returns once step() said done (empty + exception to raise).
  virtual Value result() = 0;
  // A Ctrl+C while suspended: true if the suspension takes it (an event loop raises it where the
  // loop is, asyncio.run() cancels its main task first); false and the VM raises KeyboardInterrupt
  // at the suspended call at once.
  virtual bool interrupt() { return false; }
};

// Whether the running code may suspend the program: true for a built-in called by the program's
// own (outermost) loop, false inside a nested C++ -> Python call (a __repr__ running print()).
bool vm_can_suspend();

// Suspends the program: a built-in returns this as its own result, e.g.
//   `return vm_suspend(std::make_unique<MySuspension>(...));`
// The VM saves the program where it is, step() returns waiting/running to the host, and when the
// suspension is done the built-in's call evaluates to suspension->result(). Where the program
// cannot suspend (vm_can_suspend() is false) it raises RuntimeError ("cannot suspend the program
// inside a nested call (for example a __repr__ or a sort key)") and returns an empty Value.
// A KeyboardInterrupt while suspended is raised at the suspended call.
Value vm_suspend(std::unique_ptr<Suspension> suspension);

// time.sleep(seconds): suspends the program for that long (seconds >= 0, checked by the caller),
// or jumps the virtual clock. Returns what the built-in should return (see vm_suspend). Where the
// program cannot suspend (in a coroutine's step) it blocks the thread instead, as CPython does: the
// whole event loop stalls, which is what a learner calling it there should see.
Value vm_sleep(double seconds);

}  // namespace py
