// vm.hpp's view of the running program: clock, output, input, limits, suspension.
#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>

#include "loop/clock.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/run_trace.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/vm.hpp"
#include "python/vm_state.hpp"

namespace py {
namespace {

thread_local Interpreter::State* running = nullptr;

Interpreter::State& state() {
  assert(running != nullptr && "only inside a run");
  return *running;
}

// time.sleep(): done once the run's clock reaches the deadline. A virtual clock jumps there at
// once, or only as far as --interrupt-at when that comes first (the host then raises
// KeyboardInterrupt at the sleep).
class SleepSuspension final : public Suspension {
 public:
  SleepSuspension(double deadline, double seconds) : deadline_(deadline), seconds_(seconds) {}

  Step step(double) override {
    Interpreter::State& st = state();
    aio::Clock& clock = *st.clock;
    double wake = deadline_;
    if (st.options.interrupt_at >= 0) wake = std::min(wake, st.clock_at_start + st.options.interrupt_at);
    if (clock.is_virtual()) clock.advance_to(wake);
    const double now = clock.now();
    if (now >= deadline_) return {State::done, 0};
    if (now >= wake) return {State::running, 0};  // the host sees --interrupt-at has come
    return {State::waiting, wake - now};
  }

  Value result() override { return none(); }
  std::string describe() const override { return "time.sleep(" + format_seconds(seconds_) + ")"; }

 private:
  double deadline_;
  double seconds_;
};

}  // namespace

Interpreter::State* current_state() { return running; }

StateScope::StateScope(Interpreter::State& st) : previous_(running), heap_scope_(st.heap) { running = &st; }
StateScope::~StateScope() { running = previous_; }

Frame* vm_current_frame() { return running != nullptr ? running->current_frame : nullptr; }

aio::Clock& vm_clock() { return *state().clock; }

double vm_time() {
  Interpreter::State& st = state();
  if (!st.clock->is_virtual()) {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  return st.wall_time_at_start + (st.clock->now() - st.clock_at_start);
}

double vm_monotonic() { return state().clock->now(); }

void vm_write_stdout(std::string_view text) {
  Interpreter::State& st = state();
  if (st.sinks.out) st.sinks.out(text);
}

void vm_write_stderr(std::string_view text) {
  Interpreter::State& st = state();
  if (st.sinks.err) st.sinks.err(text);
}

namespace {

bool take_stdin_line(Interpreter::State& st, std::string& line) {
  if (st.stdin_pos >= st.stdin_text.size()) return false;
  const std::size_t end = st.stdin_text.find('\n', st.stdin_pos);
  if (end == std::string::npos) {
    line = st.stdin_text.substr(st.stdin_pos);
    st.stdin_pos = st.stdin_text.size();
  } else {
    line = st.stdin_text.substr(st.stdin_pos, end - st.stdin_pos);
    st.stdin_pos = end + 1;
  }
  return true;
}

// input() waiting for the host (a browser's prompt): done once provide_input() added a line.
class InputSuspension final : public Suspension {
 public:
  explicit InputSuspension(std::string suffix) : suffix_(std::move(suffix)) {}

  Step step(double) override {
    Interpreter::State& st = state();
    return st.stdin_pos < st.stdin_text.size() ? Step{State::done, 0} : Step{State::waiting_for_input, 0};
  }

  std::string describe() const override { return "input()"; }

  Value result() override {
    std::string line;
    take_stdin_line(state(), line);
    return make_str(line + suffix_);
  }

 private:
  std::string suffix_;
};

}  // namespace

LineRead vm_read_line(std::string& line) {
  Interpreter::State& st = state();
  if (take_stdin_line(st, line)) return LineRead::line;
  if (st.options.interactive_input) return LineRead::wait;
  return st.sinks.read_line && st.sinks.read_line(line) ? LineRead::line : LineRead::eof;
}

Value vm_wait_for_line(std::string suffix) {
  if (!vm_can_suspend()) {
    return raise_runtime_error(
        "input() cannot wait for typing inside a coroutine, a callback or a nested call here; "
        "read the input before starting the event loop");
  }
  return vm_suspend(std::make_unique<InputSuspension>(std::move(suffix)));
}

int vm_recursion_limit() { return state().recursion_limit; }
void vm_set_recursion_limit(int limit) { state().recursion_limit = limit; }

DictObject* vm_builtins() { return state().builtins.get(); }
DictObject* vm_modules() { return state().modules.get(); }

bool vm_can_suspend() { return running != nullptr && running->nested_loops == 0 && !running->suspension; }

RunTrace& vm_trace() { return state().trace; }

bool vm_raise_if_interrupted() {
  Interpreter::State* st = running;
  if (st == nullptr) return false;
  bool due = st->interrupt_requested.exchange(false);
  if (!due && st->options.interrupt_at >= 0 && st->clock->now() - st->clock_at_start >= st->options.interrupt_at) {
    st->options.interrupt_at = -1;
    due = true;
  }
  if (due) raise_no_args(keyboard_interrupt_type);
  return due;
}

std::size_t vm_loop_callback_budget() {
  return state().one_callback_per_step ? 1 : std::numeric_limits<std::size_t>::max();
}

Value vm_suspend(std::unique_ptr<Suspension> suspension) {
  if (!vm_can_suspend()) {
    return raise_runtime_error("cannot suspend the program inside a nested call (for example a __repr__ or a sort key)");
  }
  Interpreter::State& st = state();
  if (st.trace.enabled()) {
    st.trace.emit({TraceEvent::Kind::task_awaiting, st.trace.since_start(st.clock->now()), 0, "main",
                   suspension->describe()});
  }
  st.suspension = std::move(suspension);
  return Value::borrow(suspend_marker);
}

namespace {

// time.sleep() where the program cannot suspend: the thread waits (or the virtual clock jumps), in
// short naps so that a Ctrl+C from a signal handler, or --interrupt-at, still lands.
Value block_for(Interpreter::State& st, double seconds) {
  aio::Clock& clock = *st.clock;
  const double deadline = clock.now() + seconds;
  for (;;) {
    double wake = deadline;
    if (st.options.interrupt_at >= 0) wake = std::min(wake, st.clock_at_start + st.options.interrupt_at);
    if (clock.is_virtual()) clock.advance_to(wake);
    const double now = clock.now();
    if (now >= deadline) return none();
    const bool interrupt_at_due = st.options.interrupt_at >= 0 && now >= wake;
    if (interrupt_at_due) st.options.interrupt_at = -1;
    if (interrupt_at_due || st.interrupt_requested.exchange(false)) return raise_no_args(keyboard_interrupt_type);
    aio::sleep_seconds(std::min(wake - now, 0.05));
  }
}

}  // namespace

Value vm_sleep(double seconds) {
  Interpreter::State& st = state();
  if (!vm_can_suspend()) return block_for(st, seconds);
  return vm_suspend(std::make_unique<SleepSuspension>(st.clock->now() + seconds, seconds));
}

}  // namespace py
