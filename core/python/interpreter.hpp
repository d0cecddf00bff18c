// The host API: how a host (the CLI, the wasm Runtime) runs one Python program.
//
//   Interpreter interp(options, sinks);
//   interp.start(source);                       // compiles; a SyntaxError finishes the run at once
//   for (;;) {
//     StepResult r = interp.step(0.008);        // at most ~8 ms of work
//     if (r.state == RunState::finished) break;
//     if (r.state == RunState::waiting) sleep(r.delay_seconds);   // or setTimeout in a browser
//   }
//   int status = interp.exit_status();
//
// The program never blocks the host: time.sleep() and run_until_complete() suspend the main
// program and step() returns `waiting` with the delay until the next timer. interrupt() raises
// KeyboardInterrupt in the program at its next instruction boundary (a terminal's Ctrl+C).
// Everything the run allocated is freed when the Interpreter is destroyed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace py {

struct InterpreterOptions {
  std::string filename = "main.py";
  std::vector<std::string> argv = {"main.py"};  // sys.argv
  bool virtual_time = false;                     // sleeps jump the clock instead of taking time
  double interrupt_at = -1;                      // seconds of loop time; < 0: never
  int recursion_limit = 1000;                    // sys.getrecursionlimit()
  std::size_t max_heap_bytes = 0;                // 0: no cap (MemoryError beyond)
  std::size_t max_output_bytes = 0;              // 0: no cap (the output is cut with a notice beyond)
  // input() past the stdin text suspends the run (waiting_for_input) until provide_input(), for
  // hosts that cannot block (a browser); otherwise sinks.read_line answers, or it is end of file.
  bool interactive_input = false;
};

// What the event loop did, for a timeline. Times are loop seconds since the run began.
struct TraceEvent {
  enum class Kind : std::uint8_t {
    task_created,
    task_running,
    task_awaiting,  // detail: what it waits for ("sleep(1)", "Task-2", "gather", "input()")
    task_done,
    task_cancelled,
    task_failed,      // detail: the exception's type
    timer_scheduled,  // deadline: when it is due; detail: what it wakes
    timer_fired,
    callback_run,  // a call_soon/call_later callback ran; detail: which
    truncated,     // the run's event budget is spent: nothing more is traced
  };
  Kind kind = Kind::task_created;
  double time = 0;
  std::uint64_t task_id = 0;  // 0: the main program (or no task, for callbacks and their timers)
  std::string task;           // the task's name; "main" for the main program; empty for none
  std::string detail;
  double deadline = 0;
};
const char* trace_kind_name(TraceEvent::Kind kind);

// The event loop at one moment, for an inspector: the loop the program runs, else its current one.
struct LoopSnapshot {
  bool has_loop = false;
  double time = 0;   // loop seconds since the run began
  std::string main;  // what the main program does: "running", or what it waits for
  std::vector<std::string> ready;  // the ready queue, in the order it will run
  struct Timer {
    double deadline;
    std::string what;
    std::uint64_t task_id;  // the sleeping task it wakes, or 0
  };
  std::vector<Timer> timers;  // in firing order
  struct Task {
    std::uint64_t id;
    std::string name;
    std::string state;  // "running", "ready", "sleeping", "waiting"
    std::string awaiting;
  };
  std::vector<Task> tasks;  // the pending ones, oldest first
};

struct InterpreterSinks {
  std::function<void(std::string_view)> out;  // sys.stdout
  std::function<void(std::string_view)> err;  // sys.stderr
  // input() when no stdin text is left: return false to mean EOF (EOFError), or true with the
  // line. Hosts that answer later (the browser) set interactive_input instead.
  std::function<bool(std::string&)> read_line;
  // Loop events (tasks, timers, callbacks) and the main program's own running and waiting. Unset:
  // nothing is traced, at no cost.
  std::function<void(const TraceEvent&)> trace;
};

enum class RunState { running, waiting, waiting_for_input, finished };

struct StepResult {
  RunState state = RunState::running;
  double delay_seconds = 0;  // waiting: until the next timer (real time); 0 with virtual time
};

class Interpreter {
 public:
  Interpreter(InterpreterOptions options, InterpreterSinks sinks);
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  void start(std::string_view source);
  StepResult step(double slice_seconds);
  // A step that ends once one event-loop callback (a task step, a wake-up, a call_soon) has run:
  // `running` then. `waiting` means nothing was due yet; step_one again after the delay.
  StepResult step_one(double slice_seconds);
  LoopSnapshot snapshot();
  // Runs to completion, sleeping (real time) or jumping the clock (virtual time). For the CLI.
  int run_to_completion();
  void interrupt();
  // Text for input() (and sys.stdin), consumed line by line before read_line is asked.
  void set_stdin(std::string text);
  // Answers an input() that left the run in waiting_for_input.
  void provide_input(std::string line);

  bool finished() const;
  // Exit status as CPython's: 0, 1 (uncaught exception), sys.exit(n)'s n, 130 after an uncaught
  // KeyboardInterrupt (CPython dies of SIGINT; hosts that can should re-raise it).
  int exit_status() const;
  bool ended_by_keyboard_interrupt() const;
  // The uncaught exception that ended the run, if any: type name, str(), and its line in main.py.
  struct Failure {
    std::string type;
    std::string message;
    int line = 0;
  };
  const Failure* failure() const;

  struct State;  // vm.hpp

 private:
  std::unique_ptr<State> state_;
};

}  // namespace py
