// asyncio.run(main): a new loop runs the main task, then cancels what is left, runs the loop for
// shutdown_asyncgens() and shutdown_default_executor() and closes, as CPython 3.11's asyncio.Runner
// does. A Ctrl+C cancels the main task first (its `finally:` blocks
// run) and is raised as KeyboardInterrupt once the task has finished.
#include <memory>
#include <vector>

#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_asyncgens.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/loop_run.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/stdlib_frames.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/errors.hpp"
#include "python/generator_object.hpp"
#include "python/runtime.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

// loop.shutdown_default_executor(): with no executor, it returns at once; running it still runs
// the loop (callbacks left ready run then) and numbers its task, as in CPython.
struct ShutdownCoroutine final : NativeCoroutineObject {
  ShutdownCoroutine(const char* qualname, const char* defined_at) : NativeCoroutineObject(qualname, defined_at, defined_at) {}
  Value resume(const Value&) override { return coroutine_return(this, none()); }
};

class RunMain final : public Suspension {
 public:
  RunMain(Value loop, Value task) : loop_(std::move(loop)), task_(std::move(task)) {
    current_ = make_loop_run(loop_, task_, [this] { return cancel_main_task(); });
  }
  ~RunMain() override {
    current_.reset();
    close_loop();
  }

  Step step(double slice_seconds) override {
    for (;;) {
      Step s = current_->step(slice_seconds);
      if (s.state != State::done) return s;
      if (phase_ == Phase::main) {
        take_outcome();
        if (start_cancelling()) continue;
      } else {
        Value ignored = current_->result();
        if (!ignored) clear_error();
        if (phase_ == Phase::cancelling) report_failed_leftovers();
      }
      if (!start_shutdown_step()) break;
    }
    current_.reset();
    close_loop();
    return {State::done, 0};
  }

  std::string describe() const override { return "asyncio.run()"; }

  Value result() override {
    if (!error_) return outcome_;
    if (interrupted_ && error_->type()->is_subtype_of(cancelled_error_type) &&
        as_task(task_)->task_core().uncancel() == 0) {
      // The main task ended cancelled by a Ctrl+C: the program sees the KeyboardInterrupt.
      raise_no_args(keyboard_interrupt_type);
      current_error()->context = Value(std::move(error_));
      add_stdlib_frames({&stdlib_frame::run_runner_run, &stdlib_frame::runner_raise_keyboard_interrupt});
      return nullptr;
    }
    restore_error(std::move(error_));
    add_stdlib_frames({&stdlib_frame::run_runner_run});
    return nullptr;
  }

  bool interrupt() override { return cancel_main_task() || current_->interrupt(); }

 private:
  enum class Phase { main, cancelling, shutdown_asyncgens, shutdown_default_executor };

  // Runner._on_sigint: the first Ctrl+C cancels the main task, a later one is a KeyboardInterrupt.
  bool cancel_main_task() {
    if (phase_ != Phase::main || interrupted_ || as_future(task_)->core->done()) return false;
    interrupted_ = true;
    as_future(task_)->core->cancel();
    return true;
  }

  void take_outcome() {
    outcome_ = current_->result();
    if (!outcome_) {
      add_stdlib_frames({&stdlib_frame::runner_run_until_complete});
      error_ = fetch_error();
    }
  }

  // Runner.close(): cancel the tasks still pending and run the loop until they are done.
  bool start_cancelling() {
    phase_ = Phase::cancelling;
    std::vector<Value> pending;
    for (const aio::Ref<aio::TaskBase>& t : as_loop(loop_)->loop->all_tasks()) {
      if (TaskObject* task = python_task_of(t.get())) pending.push_back(Value::borrow(task));
    }
    if (pending.empty()) return false;
    for (const Value& t : pending) as_future(t)->core->cancel();
    leftovers_ = pending;
    Value gathered = gather_returning_exceptions(pending);
    if (!gathered) {
      clear_error();
      return false;
    }
    current_ = make_loop_run(loop_, gathered);
    return true;
  }

  // The next of Runner.close()'s loop.run_until_complete(loop.shutdown_...()), if any is left.
  bool start_shutdown_step() {
    Value coro;
    if (phase_ == Phase::main || phase_ == Phase::cancelling) {
      phase_ = Phase::shutdown_asyncgens;
      coro = shutdown_asyncgens_coroutine(loop_);
    } else if (phase_ == Phase::shutdown_asyncgens) {
      phase_ = Phase::shutdown_default_executor;
      coro = make<ShutdownCoroutine>("BaseEventLoop.shutdown_default_executor", "asyncio/base_events.py:564");
    } else {
      return false;
    }
    Value task = create_task(loop_, coro, Value());
    if (!task) {
      clear_error();
      return false;
    }
    current_ = make_loop_run(loop_, task);
    return true;
  }

  void report_failed_leftovers() {
    for (const Value& t : leftovers_) {
      aio::FutureBase& core = *as_future(t)->core;
      if (core.cancelled() || !core.done()) continue;
      std::exception_ptr error = core.exception();
      if (!error) continue;
      std::string text;
      if (!repr_string(t, text)) clear_error();
      Ref<BaseExceptionObject> exc = to_python_exception(error);
      report_loop_error("unhandled exception during asyncio.run() shutdown", "task", text, exc.get());
    }
  }

  void close_loop() {
    if (!loop_) return;
    aio::EventLoop& loop = *as_loop(loop_)->loop;
    if (!loop.is_running()) loop.close();
    set_event_loop(Value());
    loop_ = Value();
  }

  Value loop_;
  Value task_;
  std::unique_ptr<Suspension> current_;
  Phase phase_ = Phase::main;
  Value outcome_;
  Ref<BaseExceptionObject> error_;
  std::vector<Value> leftovers_;
  bool interrupted_ = false;
};

}  // namespace

Value asyncio_run(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "run", .names = {"main", "debug"}, .minpos = 1, .maxpos = 1};
  Value params[2];
  if (!parse_args(args, spec, params)) return nullptr;
  if (running_loop_object()) return raise_runtime_error("asyncio.run() cannot be called from a running event loop");
  if (!is_coroutine_object(params[0])) {
    std::string text;
    if (!repr_string(params[0], text)) return nullptr;
    return raise_value_error("a coroutine was expected, got " + text);
  }
  Value loop = new_event_loop();
  if (!loop) return nullptr;
  set_event_loop(loop);
  Value task = create_task(loop, params[0], Value());
  if (!task) return nullptr;
  return vm_suspend(std::make_unique<RunMain>(loop, task));
}

}  // namespace py
