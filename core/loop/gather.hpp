// asyncio.gather(): one future for many, results in argument order.
//
// Without return_exceptions the outer future fails with the first child error (a cancelled child
// counts as CancelledError) while the other children keep running, as in asyncio. Cancelling the
// outer future cancels every child; it then ends cancelled once they are all done.
// Children of one element type T; build tasks first to gather coroutines.
#pragma once

#include <vector>

#include "loop/future.hpp"
#include "loop/outcome.hpp"
#include "loop/task.hpp"

namespace aio {

struct ReturnExceptions {};
inline constexpr ReturnExceptions return_exceptions{};

namespace detail {

template <class T, class Elem>
class GatheringFuture final : public FutureBase, public ResultSlot<std::vector<Elem>>, public Callback {
 public:
  static constexpr bool kReturnExceptions = std::is_same_v<Elem, Outcome<T>>;

  GatheringFuture(EventLoop& loop, std::vector<Future<T>> children)
      : FutureBase(loop), children_(std::move(children)) {}

  void attach() {
    if (children_.empty()) {
      this->value.emplace();
      finish();
      return;
    }
    for (auto& c : children_) c.add_done_callback(Ref<Callback>(this));
  }

  bool cancel(std::optional<std::string> msg) override {
    if (done()) return false;
    bool any = false;
    for (auto& c : children_)
      if (c.cancel(msg)) any = true;
    if (any) cancel_requested_ = true;
    return any;
  }

  std::string describe() const override { return "gather._done_callback"; }

  // One child is done (asyncio's gather.<locals>._done_callback).
  void invoke(FutureBase* child) override {
    ++finished_;
    if (done()) {
      if (!child->cancelled()) child->exception();  // mark retrieved
      return;
    }
    if constexpr (!kReturnExceptions) {
      if (child->cancelled()) {
        set_exception(child->make_cancelled_error());
        return;
      }
      if (std::exception_ptr e = child->exception()) {
        set_exception(e);
        return;
      }
    }
    if (finished_ < children_.size()) return;
    std::vector<Elem> results;
    results.reserve(children_.size());
    for (auto& c : children_) results.push_back(outcome_of(c));
    if (cancel_requested_) {
      set_exception(child->make_cancelled_error());
      return;
    }
    this->value.emplace(std::move(results));
    finish();
  }

 private:
  static Elem outcome_of(Future<T>& c) {
    if constexpr (kReturnExceptions) {
      if (c.cancelled()) return Outcome<T>(std::make_exception_ptr(CancelledError(c.base()->cancel_message().value_or(""))));
      if (std::exception_ptr e = c.exception()) return Outcome<T>(e);
    }
    if constexpr (std::is_void_v<T>) {
      c.result();
      return Elem(std::monostate{});
    } else {
      return Elem(c.result());
    }
  }

  std::vector<Future<T>> children_;
  size_t finished_ = 0;
  bool cancel_requested_ = false;
};

template <class T, class Elem>
Future<std::vector<Elem>> start_gather(std::vector<Future<T>> children) {
  EventLoop& loop = children.empty() ? get_running_loop() : children.front().loop();
  auto* g = new GatheringFuture<T, Elem>(loop, std::move(children));
  Future<std::vector<Elem>> outer(Ref<FutureBase>(static_cast<FutureBase*>(g)), g);
  g->attach();
  return outer;
}

}  // namespace detail

// The loop is the children's (the running loop when there are none).
template <class T>
Future<std::vector<ValueOf<T>>> gather(std::vector<Future<T>> children) {
  return detail::start_gather<T, ValueOf<T>>(std::move(children));
}
template <class T>
Future<std::vector<Outcome<T>>> gather(std::vector<Future<T>> children, ReturnExceptions) {
  return detail::start_gather<T, Outcome<T>>(std::move(children));
}

}  // namespace aio
