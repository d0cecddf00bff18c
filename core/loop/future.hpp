// asyncio.Future: a result that arrives later.
//
// Done-callbacks are never run inline: completing a future schedules each of them with the loop, as
// asyncio does, so they run in the next iteration in registration order. A future's exception that
// nobody retrieved is reported when the future dies ("Future exception was never retrieved").
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "loop/callback.hpp"
#include "loop/coroutine_std.hpp"
#include "loop/errors.hpp"
#include "loop/event_loop.hpp"
#include "loop/ref.hpp"

namespace aio {

class FutureBase : public virtual RefCounted {
 public:
  enum class State : uint8_t { pending, cancelled, finished };

  explicit FutureBase(EventLoop& loop) : loop_(&loop) {}
  ~FutureBase() override;

  EventLoop& loop() const noexcept { return *loop_; }
  State state() const noexcept { return state_; }
  bool done() const noexcept { return state_ != State::pending; }
  bool cancelled() const noexcept { return state_ == State::cancelled; }

  // asyncio's Future.exception(): null if it finished with a result. Throws CancelledError if it was
  // cancelled and InvalidStateError("Exception is not set.") if pending. Marks the error retrieved.
  std::exception_ptr exception();
  // Throws what result() would: CancelledError, InvalidStateError("Result is not ready."), or the
  // stored exception. Marks the error retrieved.
  void check_result();

  // False if already done; otherwise cancels, schedules the callbacks and returns true.
  virtual bool cancel(std::optional<std::string> msg = std::nullopt);
  // InvalidStateError if already done.
  void set_exception(std::exception_ptr exc);

  // Schedules `cb` now if the future is done, else when it becomes done.
  void add_done_callback(Ref<Callback> cb);
  template <class F>
  Ref<Callback> add_done_callback(F f, std::string name = {}) {
    Ref<Callback> cb = make_callback(std::move(f), std::move(name));
    add_done_callback(cb);
    return cb;
  }
  // Removes every registration of `cb`; returns how many.
  size_t remove_done_callback(const Callback* cb);
  const CallbackList& callbacks() const noexcept { return callbacks_; }

  const std::optional<std::string>& cancel_message() const noexcept;
  // The CancelledError a cancelled future raises (asyncio's _make_cancelled_error): the one a task
  // caught and let escape, else a new one carrying the cancel message.
  std::exception_ptr make_cancelled_error();
  // The exception, whatever the state, without marking it retrieved (for inspectors).
  const std::exception_ptr& peek_exception() const noexcept { return exception_; }

  // The completion protocol of typed handles: check that the future is pending (InvalidStateError
  // otherwise), store the result in the typed slot, then finish() to mark it done and schedule the
  // callbacks.
  void ensure_pending() const;
  void finish();

 protected:
  void schedule_callbacks();

  EventLoop* loop_;
  State state_ = State::pending;
  bool log_traceback_ = false;
  bool is_task_ = false;
  void set_cancel_message(std::optional<std::string> msg);
  void set_cancelled_exc(std::exception_ptr exc);

  std::exception_ptr exception_;
  CallbackList callbacks_;

 private:
  // Most futures are never cancelled: what cancellation needs lives out of line.
  struct CancelState {
    std::optional<std::string> message;
    std::exception_ptr caught;  // the CancelledError a task let escape (asyncio's _cancelled_exc)
  };
  CancelState& cancel_state();
  std::unique_ptr<CancelState> cancel_;
};

// Where a typed future keeps its result.
template <class T>
struct ResultSlot {
  std::optional<T> value;
};
template <>
struct ResultSlot<void> {};

template <class T>
class FutureState final : public FutureBase, public ResultSlot<T> {
 public:
  using FutureBase::FutureBase;
};

template <class T>
class Future;
class TaskBase;

// Suspends the current task on `fut` (the awaiter protocol shared by every awaitable of the loop).
void suspend_current_task_on(FutureBase& fut, coro::coroutine_handle<> h);
// Throws the exception the current task was resumed with (a cancellation), if any.
void rethrow_resume_exception(EventLoop& loop);

template <class T>
class FutureAwaiter {
 public:
  explicit FutureAwaiter(Future<T> fut) : fut_(std::move(fut)) {}
  bool await_ready() const noexcept { return fut_.done(); }
  void await_suspend(coro::coroutine_handle<> h) { suspend_current_task_on(*fut_.base(), h); }
  T await_resume() {
    rethrow_resume_exception(fut_.base()->loop());
    return fut_.result();
  }

 private:
  Future<T> fut_;
};

// A shared handle to a future's state. Copies refer to the same future.
template <class T>
class Future {
 public:
  Future() = default;
  // A new pending future on `loop` (loop.create_future()).
  explicit Future(EventLoop& loop) {
    auto* state = new FutureState<T>(loop);
    base_ = Ref<FutureBase>(state);
    slot_ = state;
  }
  Future(Ref<FutureBase> base, ResultSlot<T>* slot) : base_(std::move(base)), slot_(slot) {}

  FutureBase* base() const noexcept { return base_.get(); }
  const Ref<FutureBase>& ref() const noexcept { return base_; }
  explicit operator bool() const noexcept { return bool(base_); }
  EventLoop& loop() const noexcept { return base_->loop(); }
  bool done() const noexcept { return base_->done(); }
  bool cancelled() const noexcept { return base_->cancelled(); }
  bool cancel(std::optional<std::string> msg = std::nullopt) const { return base_->cancel(std::move(msg)); }
  std::exception_ptr exception() const { return base_->exception(); }
  void set_exception(std::exception_ptr e) const { base_->set_exception(std::move(e)); }
  template <class E>
  void set_exception(E e) const {
    base_->set_exception(std::make_exception_ptr(std::move(e)));
  }
  template <class F>
  Ref<Callback> add_done_callback(F f, std::string name = {}) const {
    return base_->add_done_callback(std::move(f), std::move(name));
  }
  void add_done_callback(Ref<Callback> cb) const { base_->add_done_callback(std::move(cb)); }
  size_t remove_done_callback(const Callback* cb) const { return base_->remove_done_callback(cb); }

  // The result; throws the stored exception, CancelledError or InvalidStateError.
  T result() const {
    base_->check_result();
    if constexpr (!std::is_void_v<T>) return *slot_->value;
  }
  // InvalidStateError if already done.
  template <class U = T>
    requires(!std::is_void_v<U>)
  void set_result(U value) const {
    ensure_pending();
    slot_->value = std::move(value);
    finish();
  }
  template <class U = T>
    requires std::is_void_v<U>
  void set_result() const {
    ensure_pending();
    finish();
  }

  FutureAwaiter<T> operator co_await() const { return FutureAwaiter<T>(*this); }
  friend bool operator==(const Future& a, const Future& b) noexcept { return a.base_ == b.base_; }

 private:
  void ensure_pending() const { base_->ensure_pending(); }
  void finish() const { base_->finish(); }

  Ref<FutureBase> base_;
  ResultSlot<T>* slot_ = nullptr;
};

}  // namespace aio
