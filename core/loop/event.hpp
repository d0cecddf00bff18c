// asyncio.Event: wait() suspends until set(); set() wakes every waiter.
#pragma once

#include "loop/coro.hpp"
#include "loop/waiters.hpp"

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
    co_await waiters_.wait(waiters_.enqueue());
    co_return true;
  }

 private:
  Waiters waiters_;
  bool value_ = false;
};

}  // namespace aio
