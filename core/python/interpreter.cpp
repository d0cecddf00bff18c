// The host API (interpreter.hpp): compiling the program, stepping its main frame, suspensions,
// and ending the run as CPython ends a process.
#include "python/interpreter.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <vector>

#include "loop/clock.hpp"
#include "python/compiler.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/exception_object.hpp"
#include "python/int_object.hpp"
#include "python/module_registry.hpp"
#include "python/runtime.hpp"
#include "python/source.hpp"
#include "python/str_object.hpp"
#include "python/traceback_print.hpp"
#include "python/asyncio/loop_snapshot.hpp"
#include "python/vm_state.hpp"

namespace py {
namespace {

using State = Interpreter::State;

double wall_clock_now() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// How an uncaught SystemExit ends the process: its code, or 1 after printing a non-int code.
int system_exit_status(State& st, BaseExceptionObject* exc) {
  Value code = exc->value;
  if (!code) {
    const auto& args = exc->args->items;
    code = args.empty() ? none() : args.size() == 1 ? args[0] : Value(exc->args);
  }
  if (is_none(code)) return 0;
  if (is_int(code)) {
    std::int64_t n = 0;
    if (to_int64(code, n)) return static_cast<int>(n & 0xff);
    clear_error();
    return 255;
  }
  std::string text;
  if (!str_string(code, text)) {
    clear_error();
    return 1;
  }
  if (st.sinks.err) st.sinks.err(text + "\n");
  return 1;
}

// The innermost traceback line that is in the program's own file.
int failure_line(State& st, BaseExceptionObject* exc) {
  int line = 0;
  for (const TracebackObject* tb = exc->traceback.get(); tb != nullptr; tb = tb->next.get()) {
    const auto* code = static_cast<const CodeObject*>(tb->code.object());
    if (code->filename->view() == st.options.filename) line = tb->line;
  }
  return line;
}

// The main program's lane of the trace (task 0).
void trace_main(State& st, TraceEvent::Kind kind, std::string detail = {}) {
  if (st.trace.enabled()) st.trace.emit({kind, st.trace.since_start(st.clock->now()), 0, "main", std::move(detail)});
}

std::vector<void (*)()>& exit_hooks() {
  static std::vector<void (*)()> hooks;
  return hooks;
}

void finish(State& st, int status) {
  st.heap.set_enforcing(false);
  st.finished = true;
  st.exit_status = status;
  if (st.failure) trace_main(st, TraceEvent::Kind::task_failed, st.failure->type);
  else trace_main(st, TraceEvent::Kind::task_done);
  for (void (*hook)() : exit_hooks()) {
    hook();
    clear_error();
  }
  // As CPython clears the main module at exit: objects only it kept alive go now, so unawaited
  // coroutines still warn ("sys:1: RuntimeWarning: ...").
  st.current_frame = nullptr;
  if (st.main_globals) {
    Ref<DictObject> globals = std::move(st.main_globals);
    globals->clear();
  }
  clear_error();
}

void end_with_uncaught(State& st) {
  st.heap.set_enforcing(false);  // reporting must not fail for lack of memory
  Ref<BaseExceptionObject> exc = fetch_error();
  if (exc->type()->is_subtype_of(system_exit_type)) {
    finish(st, system_exit_status(st, exc.get()));
    return;
  }
  std::string report = format_exception(exc.get());
  if (st.sinks.err) st.sinks.err(report);
  Interpreter::Failure failure;
  failure.type = exc->type()->name;
  if (!str_string(Value(exc), failure.message)) clear_error();
  failure.line = failure_line(st, exc.get());
  st.failure = std::move(failure);
  const bool interrupted = exc->type()->is_subtype_of(keyboard_interrupt_type);
  st.ended_by_keyboard_interrupt = interrupted;
  finish(st, interrupted ? 130 : 1);
}

void end_with_syntax_error(State& st, const SyntaxErrorInfo& error) {
  if (st.sinks.err) st.sinks.err(format_syntax_error(error, st.options.filename));
  Interpreter::Failure failure;
  failure.type = error_kind_name(error.kind);
  failure.message = error.message;
  failure.line = error.line;
  st.failure = std::move(failure);
  finish(st, 1);
}

bool interrupt_due(State& st) {
  if (st.interrupt_requested.exchange(false)) return true;
  if (st.options.interrupt_at >= 0 && st.clock->now() - st.clock_at_start >= st.options.interrupt_at) {
    st.options.interrupt_at = -1;
    return true;
  }
  return false;
}

// One step of what the program waits for. The run's memory can run out there too, outside Python
// code (a task's C++ state, the timer heap): then the suspended call raises MemoryError (nullopt).
std::optional<Suspension::Step> step_suspension(State& st) {
  const double left = std::max(0.0, st.slice_deadline - aio::monotonic_seconds());
  try {
    return st.suspension->step(left);
  } catch (const std::exception&) {
    if (!is_allocation_failure(std::current_exception())) throw;
    st.suspension.reset();
    raise_memory_error();
    return std::nullopt;
  }
}

// The main program runs again once its suspension is over, however that came about.
class SuspensionEndTrace {
 public:
  explicit SuspensionEndTrace(State& st) : st_(st) {}
  ~SuspensionEndTrace() {
    if (!st_.suspension && !st_.finished) trace_main(st_, TraceEvent::Kind::task_running);
  }

 private:
  State& st_;
};

}  // namespace

std::optional<double> vm_interrupt_deadline() {
  State* st = current_state();
  if (st == nullptr || st->options.interrupt_at < 0) return std::nullopt;
  return st->clock_at_start + st->options.interrupt_at;
}

void vm_clear_interrupt_deadline() {
  if (State* st = current_state()) st->options.interrupt_at = -1;
}

void vm_register_exit_hook(void (*hook)()) { exit_hooks().push_back(hook); }

Interpreter::State::State(InterpreterOptions opts, InterpreterSinks s)
    : options(std::move(opts)),
      sinks(std::move(s)),
      heap(options.max_heap_bytes),
      trace(nullptr, 0),
      recursion_limit(options.recursion_limit) {
  if (options.virtual_time) {
    clock = std::make_unique<aio::FastForwardClock>();
  } else {
    clock = std::make_unique<aio::RealClock>();
  }
  wall_time_at_start = wall_clock_now();
  clock_at_start = clock->now();
  trace = RunTrace(sinks.trace, clock_at_start);
}

Interpreter::State::~State() {
  StateScope scope(*this);
  heap.set_enforcing(false);
  sinks = {};  // a run cut short prints nothing more (no warnings from the objects it drops)
  suspension.reset();
  // Frames that no generator owns are the running chain's; generator frames go with their
  // generators when the heap is freed.
  Frame* chain = std::exchange(current_frame, nullptr);
  for (Frame* f = chain; f != nullptr;) {
    Frame* caller = f->previous;
    f->previous = nullptr;
    if (f->generator == nullptr) Frame::destroy(f);
    f = caller;
  }
  clear_error();
  base_exc_info.exception = Value();
  main_globals = nullptr;
  builtins = nullptr;
  modules = nullptr;
}

Interpreter::Interpreter(InterpreterOptions options, InterpreterSinks sinks)
    : state_(std::make_unique<State>(std::move(options), std::move(sinks))) {}

Interpreter::~Interpreter() = default;

void Interpreter::start(std::string_view source) {
  State& st = *state_;
  init_runtime();
  StateScope scope(st);
  st.started = true;
  st.heap.set_enforcing(false);  // the run's own set-up is not the program's allocation
  auto text = std::make_shared<const SourceText>(source);
  CompileResult compiled = compile_module(text, st.options.filename);
  if (compiled.error) {
    end_with_syntax_error(st, *compiled.error);
    return;
  }
  st.modules = make_dict();
  st.builtins = make_builtins_dict();
  st.main_globals = make_dict();
  st.main_globals->set_str(intern("__name__"), make_str("__main__"));
  st.main_globals->set_str(intern("__doc__"), none());
  st.main_globals->set_str(intern("__builtins__"), Value(st.builtins));
  Frame* frame = Frame::create(compiled.code, nullptr, Value(st.main_globals), Value(st.builtins), Value(st.main_globals));
  frame->is_entry = true;
  push_frame(st, frame);
  st.heap.set_enforcing(true);
  trace_main(st, TraceEvent::Kind::task_created);
  trace_main(st, TraceEvent::Kind::task_running);
}

StepResult Interpreter::step(double slice_seconds) {
  State& st = *state_;
  if (st.finished || !st.started) return {RunState::finished, 0};
  StateScope scope(st);
  st.slice_deadline = aio::monotonic_seconds() + slice_seconds;
  st.ticks_until_clock_check = 0;
  for (;;) {
    bool resume_with_error = false;
    if (st.suspension) {
      SuspensionEndTrace trace_end(st);
      if (interrupt_due(st) && !st.suspension->interrupt()) {
        st.suspension.reset();
        raise_no_args(keyboard_interrupt_type);
        resume_with_error = true;
      } else if (std::optional<Suspension::Step> s = step_suspension(st); !s) {
        resume_with_error = true;
      } else {
        if (s->state == Suspension::State::waiting) return {RunState::waiting, s->delay_seconds};
        if (s->state == Suspension::State::waiting_for_input) return {RunState::waiting_for_input, 0};
        if (s->state == Suspension::State::running) {
          if (st.one_callback_per_step || aio::monotonic_seconds() >= st.slice_deadline) return {RunState::running, 0};
          continue;
        }
        Value result = st.suspension->result();
        st.suspension.reset();
        if (result) {
          Frame* f = st.current_frame;
          f->stack_base()[f->stack_depth++] = std::move(result);
        } else {
          resume_with_error = true;
        }
      }
    }
    LoopResult r = run_loop(st, true, resume_with_error);
    switch (r.exit) {
      case LoopExit::returned:
      case LoopExit::yielded:
        finish(st, 0);
        return {RunState::finished, 0};
      case LoopExit::raised:
        end_with_uncaught(st);
        return {RunState::finished, 0};
      case LoopExit::out_of_budget:
        return {RunState::running, 0};
      case LoopExit::suspended:
        if (aio::monotonic_seconds() >= st.slice_deadline) return {RunState::running, 0};
        continue;
    }
  }
}

StepResult Interpreter::step_one(double slice_seconds) {
  state_->one_callback_per_step = true;
  StepResult r = step(slice_seconds);
  state_->one_callback_per_step = false;
  return r;
}

LoopSnapshot Interpreter::snapshot() {
  State& st = *state_;
  if (!st.started || st.finished) return {};
  StateScope scope(st);
  LoopSnapshot shot = snapshot_loop();
  shot.time = st.trace.since_start(st.clock->now());
  shot.main = st.suspension ? st.suspension->describe() : "running";
  return shot;
}

int Interpreter::run_to_completion() {
  for (;;) {
    StepResult r = step(0.05);
    if (r.state == RunState::finished) break;
    // Short naps keep Ctrl+C (interrupt()) prompt during long sleeps.
    if (r.state == RunState::waiting) aio::sleep_seconds(std::min(r.delay_seconds, 0.05));
  }
  return exit_status();
}

void Interpreter::interrupt() { state_->interrupt_requested.store(true); }

void Interpreter::set_stdin(std::string text) {
  state_->stdin_text = std::move(text);
  state_->stdin_pos = 0;
}

void Interpreter::provide_input(std::string line) {
  state_->stdin_text.append(line);
  state_->stdin_text.push_back('\n');
}

bool Interpreter::finished() const { return state_->finished; }
int Interpreter::exit_status() const { return state_->exit_status; }
bool Interpreter::ended_by_keyboard_interrupt() const { return state_->ended_by_keyboard_interrupt; }
const Interpreter::Failure* Interpreter::failure() const { return state_->failure ? &*state_->failure : nullptr; }

}  // namespace py
