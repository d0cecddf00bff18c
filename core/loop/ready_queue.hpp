// The loop's FIFO of scheduled callbacks: a power-of-two ring buffer, so that scheduling and running a
// callback costs no allocation once the ring has grown to the program's working size.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>

#include "loop/callback.hpp"

namespace aio {

struct ReadyItem {
  Ref<Callback> callback;
  Ref<FutureBase> future;  // the future that scheduled it, or null
};

class ReadyQueue {
 public:
  ReadyQueue() = default;
  ReadyQueue(const ReadyQueue&) = delete;
  ReadyQueue& operator=(const ReadyQueue&) = delete;

  bool empty() const noexcept { return size_ == 0; }
  size_t size() const noexcept { return size_; }

  void push_back(ReadyItem item) {
    if (size_ == cap_) grow();
    slots_[(head_ + size_) & (cap_ - 1)] = std::move(item);
    ++size_;
  }
  void push_front(ReadyItem item) {
    if (size_ == cap_) grow();
    head_ = (head_ + cap_ - 1) & (cap_ - 1);
    slots_[head_] = std::move(item);
    ++size_;
  }
  ReadyItem pop_front() {
    ReadyItem item = std::move(slots_[head_]);
    head_ = (head_ + 1) & (cap_ - 1);
    --size_;
    return item;
  }
  const ReadyItem& at(size_t i) const { return slots_[(head_ + i) & (cap_ - 1)]; }
  void clear() {
    while (!empty()) pop_front();
  }

 private:
  void grow() {
    size_t cap = cap_ ? cap_ * 2 : 64;
    auto slots = std::make_unique<ReadyItem[]>(cap);
    for (size_t i = 0; i < size_; ++i) slots[i] = std::move(slots_[(head_ + i) & (cap_ - 1)]);
    slots_ = std::move(slots);
    cap_ = cap;
    head_ = 0;
  }

  std::unique_ptr<ReadyItem[]> slots_;
  size_t cap_ = 0, head_ = 0, size_ = 0;
};

}  // namespace aio
