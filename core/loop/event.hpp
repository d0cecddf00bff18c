// asyncio.Event: wait() suspends until set(); set() wakes every waiter.
#pragma once

#include <algorithm>
#include <deque>

#include "loop/coro.hpp"
#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

class Event {
 public:
  bool is_set() const noexcept { return value_; }
  void set() {
    if (value_) return;
    value_ = true;
    for (auto& fut : waiters_)
      if (!fut.done()) fut.set_result();
  }
  void clear() noexcept { value_ = false; }
  size_t waiters() const noexcept { return waiters_.size(); }

  // The Event must outlive the wait.
  Coro<bool> wait() {
    if (value_) co_return true;
    Future<void> fut(get_running_loop());
    waiters_.push_back(fut);
    try {
      co_await fut;
    } catch (...) {
      remove(fut);
      throw;
    }
    remove(fut);
    co_return true;
  }

 private:
  void remove(const Future<void>& fut) { waiters_.erase(std::find(waiters_.begin(), waiters_.end(), fut)); }

  std::deque<Future<void>> waiters_;
  bool value_ = false;
};

}  // namespace aio
