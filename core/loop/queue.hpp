// asyncio.Queue: FIFO with optional maxsize; put() waits while full, get() while empty, join() until
// task_done() has been called for every item put.
#pragma once

#include <algorithm>
#include <deque>
#include <stdexcept>

#include "loop/coro.hpp"
#include "loop/event.hpp"
#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

class QueueEmpty : public std::runtime_error {
 public:
  QueueEmpty() : std::runtime_error("") {}
};
class QueueFull : public std::runtime_error {
 public:
  QueueFull() : std::runtime_error("") {}
};

template <class T>
class Queue {
 public:
  // maxsize <= 0: unbounded.
  explicit Queue(long maxsize = 0) : maxsize_(maxsize) { finished_.set(); }

  size_t qsize() const noexcept { return items_.size(); }
  long maxsize() const noexcept { return maxsize_; }
  bool empty() const noexcept { return items_.empty(); }
  bool full() const noexcept { return maxsize_ > 0 && long(items_.size()) >= maxsize_; }
  size_t unfinished_tasks() const noexcept { return unfinished_; }
  const std::deque<T>& items() const noexcept { return items_; }

  // The Queue must outlive its operations.
  Coro<void> put(T item) {
    while (full()) {
      Future<void> putter(get_running_loop());
      putters_.push_back(putter);
      try {
        co_await putter;
      } catch (...) {
        abandon_waiter(putters_, putter, !full());
        throw;
      }
    }
    put_nowait(std::move(item));
  }

  void put_nowait(T item) {
    if (full()) throw QueueFull();
    items_.push_back(std::move(item));
    ++unfinished_;
    finished_.clear();
    wakeup_next(getters_);
  }

  Coro<T> get() {
    while (empty()) {
      Future<void> getter(get_running_loop());
      getters_.push_back(getter);
      try {
        co_await getter;
      } catch (...) {
        abandon_waiter(getters_, getter, !empty());
        throw;
      }
    }
    co_return get_nowait();
  }

  T get_nowait() {
    if (empty()) throw QueueEmpty();
    T item = std::move(items_.front());
    items_.pop_front();
    wakeup_next(putters_);
    return item;
  }

  // std::invalid_argument("task_done() called too many times").
  void task_done() {
    if (unfinished_ == 0) throw std::invalid_argument("task_done() called too many times");
    if (--unfinished_ == 0) finished_.set();
  }

  Coro<void> join() {
    if (unfinished_ > 0) co_await finished_.wait();
  }

 private:
  using Waiters = std::deque<Future<void>>;

  static void wakeup_next(Waiters& waiters) {
    while (!waiters.empty()) {
      Future<void> w = waiters.front();
      waiters.pop_front();
      if (!w.done()) {
        w.set_result();
        break;
      }
    }
  }
  // A waiter left by an exception: pass its wake-up on if it had one and the queue can serve.
  static void abandon_waiter(Waiters& waiters, Future<void>& waiter, bool can_serve) {
    waiter.cancel();
    auto it = std::find(waiters.begin(), waiters.end(), waiter);
    if (it != waiters.end()) waiters.erase(it);
    if (can_serve && !waiter.cancelled()) wakeup_next(waiters);
  }

  long maxsize_;
  std::deque<T> items_;
  Waiters getters_, putters_;
  size_t unfinished_ = 0;
  Event finished_;
};

}  // namespace aio
