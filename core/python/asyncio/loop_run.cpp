#include "python/asyncio/loop_run.hpp"

#include <limits>

#include "loop/event_loop.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"

namespace py {
namespace {

// run_until_complete() and run_forever(): the program waits while its loop runs.
class LoopRun final : public Suspension {
 public:
  LoopRun(Value loop, Value future) : loop_(std::move(loop)), future_(std::move(future)) {}
  ~LoopRun() override { end(); }

  Step step(double slice_seconds) override {
    LoopObject* lo = as_loop(loop_);
    aio::EventLoop& loop = *lo->loop;
    if (!begun_) {
      try {
        loop.begin_run();
      } catch (...) {
        error_ = std::current_exception();
        return {State::done, 0};
      }
      begun_ = true;
      if (std::optional<double> at = vm_interrupt_deadline()) loop.set_interrupt_at(*at);
    }
    try {
      aio::Step s = loop.step(slice_seconds);
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
      error_ = std::current_exception();
    }
    end();
    return {State::done, 0};
  }

  Value result() override {
    if (future_) as_future(future_)->core->remove_done_callback(stop_callback.get());
    if (error_) return raise_exception_ptr(std::exchange(error_, nullptr));
    if (!future_) return none();
    FutureObject* fut = as_future(future_);
    if (!fut->core->done()) return raise_runtime_error("Event loop stopped before Future completed.");
    return future_result(fut);
  }

  bool interrupt() override {
    as_loop(loop_)->loop->interrupt();
    return true;
  }

  aio::Ref<aio::Callback> stop_callback;

 private:
  void end() {
    if (!begun_) return;
    begun_ = false;
    as_loop(loop_)->loop->set_interrupt_at(std::nullopt);
    as_loop(loop_)->loop->end_run();
  }

  Value loop_;
  Value future_;
  std::exception_ptr error_;
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

std::unique_ptr<Suspension> make_loop_run(Value loop, Value future) {
  auto run = std::make_unique<LoopRun>(loop, future);
  if (future) {
    run->stop_callback = add_native_done_callback(as_future(future), stop_when_done, loop,
                                                  "_run_until_complete_cb() at asyncio/base_events.py:180");
  }
  return run;
}

}  // namespace py
