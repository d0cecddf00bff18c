#include "python/asyncio/loop_run.hpp"

#include <limits>

#include "loop/event_loop.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/stdlib_frames.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"

namespace py {
namespace {

// run_until_complete() and run_forever(): the program waits while its loop runs.
class LoopRun final : public Suspension {
 public:
  LoopRun(Value loop, Value future, std::function<bool()> on_interrupt)
      : loop_(std::move(loop)), future_(std::move(future)), on_interrupt_(std::move(on_interrupt)) {}
  ~LoopRun() override { end(); }

  Step step(double slice_seconds) override {
    LoopObject* lo = as_loop(loop_);
    aio::EventLoop& loop = *lo->loop;
    if (!begun_) {
      try {
        loop.begin_run();
      } catch (...) {
        start_error_ = std::current_exception();
        return {State::done, 0};
      }
      begun_ = true;
      if (std::optional<double> at = vm_interrupt_deadline()) loop.set_interrupt_at(*at);
    }
    try {
      aio::Step s = loop.step(slice_seconds, vm_loop_callback_budget());
      switch (s.next) {
        case aio::Step::Next::ready:
          return {State::running, 0};
        case aio::Step::Next::waiting:
          return {State::waiting, s.delay};
        case aio::Step::Next::idle:
          // Nothing can wake the loop but a Ctrl+C, as when CPython blocks in select().
          return {State::waiting, std::numeric_limits<double>::infinity()};
        case aio::Step::Next::stopped:
          break;
      }
    } catch (const PythonInterrupt&) {
      error_ = std::current_exception();
    } catch (const aio::KeyboardInterrupt&) {
      // The loop's own Ctrl+C (--interrupt-at reached while it waited): the program's is spent.
      vm_clear_interrupt_deadline();
      if (on_interrupt_ && on_interrupt_()) return {State::running, 0};
      error_ = std::current_exception();
    }
    end();
    return {State::done, 0};
  }

  std::string describe() const override { return future_ ? "loop.run_until_complete()" : "loop.run_forever()"; }

  Value result() override {
    if (future_) as_future(future_)->core->remove_done_callback(stop_callback.get());
    if (start_error_) return raise_exception_ptr(std::exchange(start_error_, nullptr));
    if (error_) {
      raise_error_where_loop_was(std::exchange(error_, nullptr));
      return nullptr;
    }
    if (!future_) return none();
    FutureObject* fut = as_future(future_);
    if (!fut->core->done()) return raise_runtime_error("Event loop stopped before Future completed.");
    Value result = future_result(fut);
    if (!result) add_stdlib_frames({&stdlib_frame::run_until_complete_result});
    return result;
  }

  bool interrupt() override {
    as_loop(loop_)->loop->interrupt();
    return true;
  }

  aio::Ref<aio::Callback> stop_callback;

 private:
  // A Ctrl+C (or SystemExit) that stopped the loop, in CPython's frames: raised in select() when
  // the loop was waiting, or coming out of a task or callback that was running.
  void raise_error_where_loop_was(const std::exception_ptr& error) {
    bool in_callback = false;
    try {
      std::rethrow_exception(error);
    } catch (const PythonInterrupt&) {
      in_callback = true;
    } catch (...) {
    }
    raise_exception_ptr(error);
    using namespace stdlib_frame;
    const StdlibFrame* outer = future_ ? &run_until_complete_run_forever : nullptr;
    const StdlibFrame* inner[] = {&run_forever_run_once, in_callback ? &run_once_handle_run : &run_once_select,
                                  in_callback ? &handle_run_callback : &selector_poll};
    if (outer != nullptr) add_stdlib_frames({outer, inner[0], inner[1], inner[2]});
    else add_stdlib_frames({inner[0], inner[1], inner[2]});
  }

  void end() {
    if (!begun_) return;
    begun_ = false;
    as_loop(loop_)->loop->set_interrupt_at(std::nullopt);
    as_loop(loop_)->loop->end_run();
  }

  Value loop_;
  Value future_;
  std::function<bool()> on_interrupt_;
  std::exception_ptr start_error_;  // the loop could not start
  std::exception_ptr error_;        // what stopped it
  bool begun_ = false;
};

// asyncio's _run_until_complete_cb: stop the loop when the future is done, unless it failed with
// KeyboardInterrupt or SystemExit (those stop the loop on their own).
void stop_when_done(const Value& loop, FutureObject* fut) {
  if (!fut->core->cancelled()) {
    if (const std::exception_ptr& error = fut->core->peek_exception()) {
      try {
        std::rethrow_exception(error);
      } catch (const PythonInterrupt&) {
        return;
      } catch (...) {
      }
    }
  }
  as_loop(loop)->loop->stop();
}

}  // namespace

std::unique_ptr<Suspension> make_loop_run(Value loop, Value future, std::function<bool()> on_interrupt) {
  auto run = std::make_unique<LoopRun>(loop, future, std::move(on_interrupt));
  if (future) {
    run->stop_callback = add_native_done_callback(as_future(future), stop_when_done, loop,
                                                  "_run_until_complete_cb() at asyncio/base_events.py:180");
  }
  return run;
}

}  // namespace py
