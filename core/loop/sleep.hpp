// asyncio.sleep(): sleep(0) yields bare for one iteration; a positive delay puts the task itself in
// the timer heap (no future, handle or callback of its own), and it resumes one iteration after its
// timer fires, exactly as asyncio's task does after its sleep future's callback.
#pragma once

#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

// co_await yield_now(): the task gives way to everything already ready (asyncio's __sleep0()).
struct YieldNow {
  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> h) const {
    TaskBase* task = current_task();
    if (!task) throw std::logic_error("await outside of a task");
    task->yield_bare(h);
  }
  void await_resume() const { rethrow_resume_exception(get_running_loop()); }
};
inline YieldNow yield_now() { return {}; }

// co_await preempt(): the task's time slice is used up; the host gets the thread back and the task
// carries on at the start of the next host step, before anything else runs, so that asyncio's
// "nothing runs between two awaits of a task" still holds.
struct Preempt {
  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> h) const {
    TaskBase* task = current_task();
    if (!task) throw std::logic_error("preempt outside of a task");
    task->preempt(h);
  }
  void await_resume() const { rethrow_resume_exception(get_running_loop()); }
};
inline Preempt preempt() { return {}; }

template <class T>
class SleepAwaiter {
 public:
  SleepAwaiter(double delay, T result) : delay_(delay), result_(std::move(result)) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> h) {
    if (delay_ <= 0) {
      YieldNow{}.await_suspend(h);
      return;
    }
    TaskBase* task = current_task();
    if (!task) throw std::logic_error("await outside of a task");
    task->sleep_until(task->loop().time() + delay_, h);
  }
  T await_resume() {
    rethrow_resume_exception(get_running_loop());
    return std::move(result_);
  }

 private:
  double delay_;
  T result_;
};

struct NoResult {};

// co_await sleep(seconds); co_await sleep(seconds, value) returns value.
inline SleepAwaiter<NoResult> sleep(double delay) { return {delay, NoResult{}}; }
template <class T>
SleepAwaiter<T> sleep(double delay, T result) {
  return {delay, std::move(result)};
}

}  // namespace aio
