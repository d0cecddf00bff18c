#include "loop/future.hpp"

#include "loop/task.hpp"

namespace aio {

FutureBase::~FutureBase() {
  if (log_traceback_ && exception_) {
    loop_->call_exception_handler(
        {is_task_ ? "Task exception was never retrieved" : "Future exception was never retrieved", exception_, this});
  }
}

std::exception_ptr FutureBase::exception() {
  if (state_ == State::cancelled) std::rethrow_exception(make_cancelled_error());
  if (state_ != State::finished) throw InvalidStateError("Exception is not set.");
  log_traceback_ = false;
  return exception_;
}

void FutureBase::check_result() {
  if (state_ == State::cancelled) std::rethrow_exception(make_cancelled_error());
  if (state_ != State::finished) throw InvalidStateError("Result is not ready.");
  log_traceback_ = false;
  if (exception_) std::rethrow_exception(exception_);
}

bool FutureBase::cancel(std::optional<std::string> msg) {
  log_traceback_ = false;
  if (state_ != State::pending) return false;
  state_ = State::cancelled;
  set_cancel_message(std::move(msg));
  schedule_callbacks();
  return true;
}

void FutureBase::ensure_pending() const {
  if (state_ != State::pending) throw InvalidStateError(state_ == State::cancelled ? "CANCELLED" : "FINISHED");
}

void FutureBase::finish() {
  state_ = State::finished;
  schedule_callbacks();
}

void FutureBase::set_exception(std::exception_ptr exc) {
  ensure_pending();
  exception_ = std::move(exc);
  log_traceback_ = true;
  finish();
}

void FutureBase::add_done_callback(Ref<Callback> cb) {
  if (done())
    loop_->schedule(std::move(cb), Ref<FutureBase>(this));
  else
    callbacks_.push_back(std::move(cb));
}

size_t FutureBase::remove_done_callback(const Callback* cb) { return callbacks_.remove(cb); }

std::exception_ptr FutureBase::make_cancelled_error() {
  if (cancel_ && cancel_->caught) return std::exchange(cancel_->caught, nullptr);
  return std::make_exception_ptr(CancelledError(cancel_message()));
}

const std::optional<std::string>& FutureBase::cancel_message() const noexcept {
  static const std::optional<std::string> none;
  return cancel_ ? cancel_->message : none;
}

FutureBase::CancelState& FutureBase::cancel_state() {
  if (!cancel_) cancel_ = std::make_unique<CancelState>();
  return *cancel_;
}

void FutureBase::set_cancel_message(std::optional<std::string> msg) {
  if (msg || cancel_) cancel_state().message = std::move(msg);
}

void FutureBase::set_cancelled_exc(std::exception_ptr exc) { cancel_state().caught = std::move(exc); }

void FutureBase::schedule_callbacks() {
  if (callbacks_.empty()) return;
  Ref<FutureBase> self(this);
  callbacks_.drain([&](Ref<Callback>&& cb) { loop_->schedule(std::move(cb), self); });
}

void suspend_current_task_on(FutureBase& fut, coro::coroutine_handle<> h) {
  TaskBase* task = fut.loop().current_task();
  if (!task) throw std::logic_error("await outside of a task");
  task->suspend_on(fut, h);
}

void rethrow_resume_exception(EventLoop& loop) {
  if (TaskBase* task = loop.current_task())
    if (std::exception_ptr e = task->take_resume_exception()) std::rethrow_exception(e);
}

}  // namespace aio
