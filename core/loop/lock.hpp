// asyncio.Lock (3.11): FIFO fair. A waiter woken by release() takes the lock when it runs; if it was
// cancelled meanwhile, the next waiter is woken instead.
#pragma once

#include <algorithm>
#include <stdexcept>

#include "loop/coro.hpp"
#include "loop/waiters.hpp"

namespace aio {

class Lock {
 public:
  bool locked() const noexcept { return locked_; }
  size_t waiters() const noexcept { return waiters_.size(); }

  // The Lock must outlive the acquisition.
  Coro<bool> acquire() {
    if (!locked_ && std::all_of(waiters_.begin(), waiters_.end(), [](auto& w) { return w.cancelled(); })) {
      locked_ = true;
      co_return true;
    }
    try {
      co_await waiters_.wait(waiters_.enqueue());
    } catch (const CancelledError&) {
      if (!locked_) wake_up_first();
      throw;
    }
    locked_ = true;
    co_return true;
  }

  // std::runtime_error("Lock is not acquired.") when unlocked.
  void release() {
    if (!locked_) throw std::runtime_error("Lock is not acquired.");
    locked_ = false;
    wake_up_first();
  }

 private:
  void wake_up_first() {
    if (waiters_.empty()) return;
    if (!waiters_.front().done()) waiters_.front().set_result();
  }

  Waiters waiters_;
  bool locked_ = false;
};

}  // namespace aio
