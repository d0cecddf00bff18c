// The FIFO of futures that tasks wait on inside Event, Lock and Semaphore (asyncio's `_waiters`).
#pragma once

#include <algorithm>
#include <deque>

#include "loop/coro.hpp"
#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

class Waiters {
 public:
  using Queue = std::deque<Future<void>>;

  // A new future at the back, for the current task to wait on.
  Future<void> enqueue() {
    Future<void> fut(get_running_loop());
    queue_.push_back(fut);
    return fut;
  }
  // Awaits `fut`, removing it from the queue however the wait ends (the `finally:
  // self._waiters.remove(fut)` of asyncio's locks); the queue must outlive the wait.
  Coro<void> wait(Future<void> fut) {
    try {
      co_await fut;
    } catch (...) {
      remove(fut);
      throw;
    }
    remove(fut);
  }

  bool empty() const noexcept { return queue_.empty(); }
  size_t size() const noexcept { return queue_.size(); }
  Queue::iterator begin() noexcept { return queue_.begin(); }
  Queue::iterator end() noexcept { return queue_.end(); }
  Queue::const_iterator begin() const noexcept { return queue_.begin(); }
  Queue::const_iterator end() const noexcept { return queue_.end(); }
  Future<void>& front() { return queue_.front(); }

 private:
  void remove(const Future<void>& fut) { queue_.erase(std::find(queue_.begin(), queue_.end(), fut)); }

  Queue queue_;
};

}  // namespace aio
