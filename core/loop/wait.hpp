// asyncio.wait(): wait for some or all of the futures, with an optional timeout, and split them into
// the done and the pending. Neither cancels anything nor raises the futures' errors.
#pragma once

#include <optional>
#include <stdexcept>
#include <vector>

#include "loop/coro.hpp"
#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

enum class ReturnWhen { first_completed, first_exception, all_completed };

template <class T>
struct WaitResult {
  std::vector<Future<T>> done;     // in argument order
  std::vector<Future<T>> pending;  // in argument order
};

namespace detail {

// Completes `waiter` when the condition is met (asyncio's _wait.<locals>._on_completion). It owns
// its state because it may still be scheduled after wait() has returned.
class WaitCompletion final : public Callback {
 public:
  WaitCompletion(size_t count, ReturnWhen when, Future<void> waiter, Ref<TimerHandle> timeout)
      : counter_(count), when_(when), waiter_(std::move(waiter)), timeout_(std::move(timeout)) {}
  void invoke(FutureBase* f) override {
    --counter_;
    if (counter_ == 0 || when_ == ReturnWhen::first_completed ||
        (when_ == ReturnWhen::first_exception && !f->cancelled() && f->exception())) {
      if (timeout_) timeout_->cancel();
      if (!waiter_.done()) waiter_.set_result();
    }
  }
  std::string describe() const override { return "_wait._on_completion"; }

 private:
  size_t counter_;
  ReturnWhen when_;
  Future<void> waiter_;
  Ref<TimerHandle> timeout_;
};

// Completes a waiter unless it is done already (asyncio's _release_waiter).
inline auto release_waiter(Future<void> waiter) {
  return [waiter = std::move(waiter)] {
    if (!waiter.done()) waiter.set_result();
  };
}

}  // namespace detail

// std::invalid_argument("Set of Tasks/Futures is empty.") for no futures, as asyncio's ValueError.
template <class T>
Coro<WaitResult<T>> wait(std::vector<Future<T>> fs, std::optional<double> timeout = std::nullopt,
                         ReturnWhen return_when = ReturnWhen::all_completed) {
  if (fs.empty()) throw std::invalid_argument("Set of Tasks/Futures is empty.");
  EventLoop& loop = get_running_loop();
  Future<void> waiter(loop);
  Ref<TimerHandle> timeout_handle;
  if (timeout) timeout_handle = loop.call_later(*timeout, detail::release_waiter(waiter), "_release_waiter");
  Ref<Callback> on_completion(new detail::WaitCompletion(fs.size(), return_when, waiter, timeout_handle));
  for (auto& f : fs) f.add_done_callback(on_completion);
  auto cleanup = [&] {
    if (timeout_handle) timeout_handle->cancel();
    for (auto& f : fs) f.remove_done_callback(on_completion.get());
  };
  try {
    co_await waiter;
  } catch (...) {
    cleanup();
    throw;
  }
  cleanup();
  WaitResult<T> result;
  for (auto& f : fs) (f.done() ? result.done : result.pending).push_back(f);
  co_return result;
}

}  // namespace aio
