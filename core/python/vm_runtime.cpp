// vm.hpp's view of the running program: clock, output, input, limits, suspension.
#include <chrono>
#include <memory>

#include "loop/clock.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/runtime.hpp"
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
  explicit SleepSuspension(double deadline) : deadline_(deadline) {}

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

 private:
  double deadline_;
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

bool vm_read_line(std::string& line) {
  Interpreter::State& st = state();
  if (st.stdin_pos < st.stdin_text.size()) {
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
  return st.sinks.read_line && st.sinks.read_line(line);
}

int vm_recursion_limit() { return state().recursion_limit; }
void vm_set_recursion_limit(int limit) { state().recursion_limit = limit; }

DictObject* vm_builtins() { return state().builtins.get(); }
DictObject* vm_modules() { return state().modules.get(); }

bool vm_can_suspend() { return running != nullptr && running->nested_loops == 0 && !running->suspension; }

Value vm_suspend(std::unique_ptr<Suspension> suspension) {
  if (!vm_can_suspend()) {
    return raise_runtime_error("cannot suspend the program inside a nested call (for example a __repr__ or a sort key)");
  }
  state().suspension = std::move(suspension);
  return Value::borrow(suspend_marker);
}

Value vm_sleep(double seconds) {
  Interpreter::State& st = state();
  return vm_suspend(std::make_unique<SleepSuspension>(st.clock->now() + seconds));
}

}  // namespace py
