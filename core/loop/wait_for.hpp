// asyncio.wait_for() (3.11): await a future with a timeout. On timeout the future is cancelled and
// wait_for() returns only once it has really finished, then raises TimeoutError (unless the future
// still produced a result). If the waiting task is cancelled, the future is cancelled too.
#pragma once

#include <optional>

#include "loop/coro.hpp"
#include "loop/future.hpp"
#include "loop/task.hpp"
#include "loop/wait.hpp"

namespace aio {

namespace detail {

// Cancels `fut` and waits until it is done (asyncio's _cancel_and_wait).
template <class T>
Coro<void> cancel_and_wait(Future<T> fut) {
  Future<void> waiter(fut.loop());
  Ref<Callback> cb = fut.add_done_callback([w = waiter](FutureBase&) { release_waiter(w)(); }, "_release_waiter");
  try {
    fut.cancel();
    co_await waiter;
  } catch (...) {
    fut.remove_done_callback(cb.get());
    throw;
  }
  fut.remove_done_callback(cb.get());
}

// The result after a cancellation we caused: CancelledError becomes TimeoutError.
template <class T>
T result_or_timeout(const Future<T>& fut) {
  try {
    return fut.result();
  } catch (const CancelledError&) {
    throw TimeoutError();
  }
}

}  // namespace detail

template <class T>
Coro<T> wait_for(Future<T> fut, std::optional<double> timeout) {
  if (!timeout) co_return co_await fut;
  EventLoop& loop = get_running_loop();
  if (*timeout <= 0) {
    if (fut.done()) co_return fut.result();
    co_await detail::cancel_and_wait(fut);
    co_return detail::result_or_timeout(fut);
  }
  Future<void> waiter(loop);
  Ref<TimerHandle> timeout_handle = loop.call_later(*timeout, detail::release_waiter(waiter), "_release_waiter");
  Ref<Callback> cb = fut.add_done_callback([w = waiter](FutureBase&) { detail::release_waiter(w)(); }, "_release_waiter");
  struct CancelTimer {
    Ref<TimerHandle> h;
    ~CancelTimer() { h->cancel(); }
  } cancel_timer{timeout_handle};

  std::exception_ptr cancelled;
  try {
    co_await waiter;
  } catch (const CancelledError&) {
    cancelled = std::current_exception();
  }
  if (fut.done()) co_return fut.result();
  fut.remove_done_callback(cb.get());
  co_await detail::cancel_and_wait(fut);
  if (cancelled) std::rethrow_exception(cancelled);
  co_return detail::result_or_timeout(fut);
}

}  // namespace aio
