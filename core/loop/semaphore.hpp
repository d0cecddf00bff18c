// asyncio.Semaphore and BoundedSemaphore (3.11.7): FIFO; acquire() waits while the counter is zero
// or earlier waiters are still queued.
#pragma once

#include <algorithm>
#include <stdexcept>

#include "loop/coro.hpp"
#include "loop/waiters.hpp"

namespace aio {

class Semaphore {
 public:
  // std::invalid_argument("Semaphore initial value must be >= 0") for a negative value.
  explicit Semaphore(long value = 1) : value_(value) {
    if (value < 0) throw std::invalid_argument("Semaphore initial value must be >= 0");
  }
  virtual ~Semaphore() = default;

  long value() const noexcept { return value_; }
  bool locked() const {
    return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(), [](auto& w) { return !w.cancelled(); });
  }

  // The Semaphore must outlive the acquisition.
  Coro<bool> acquire() {
    if (!locked()) {
      --value_;
      co_return true;
    }
    Future<void> fut = waiters_.enqueue();
    try {
      co_await waiters_.wait(fut);
    } catch (const CancelledError&) {
      if (!fut.cancelled()) {
        // Woken, then cancelled before running: give the slot to the next waiter.
        ++value_;
        wake_up_next();
      }
      throw;
    }
    if (value_ > 0) wake_up_next();
    co_return true;
  }

  virtual void release() {
    ++value_;
    wake_up_next();
  }

 private:
  void wake_up_next() {
    for (auto& fut : waiters_) {
      if (!fut.done()) {
        --value_;
        fut.set_result();
        return;
      }
    }
  }

  Waiters waiters_;
  long value_;
};

class BoundedSemaphore final : public Semaphore {
 public:
  explicit BoundedSemaphore(long value = 1) : Semaphore(value), bound_(value) {}
  // std::invalid_argument("BoundedSemaphore released too many times") above the initial value.
  void release() override {
    if (value() >= bound_) throw std::invalid_argument("BoundedSemaphore released too many times");
    Semaphore::release();
  }

 private:
  long bound_;
};

}  // namespace aio
