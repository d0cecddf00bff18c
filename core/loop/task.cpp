#include "loop/task.hpp"

#include <stdexcept>

namespace aio {

namespace detail {
void resume_out_of_line(coro::coroutine_handle<> h) { h.resume(); }
}  // namespace detail

namespace {
thread_local EventLoop* t_running_loop = nullptr;
}  // namespace

EventLoop* running_loop() noexcept { return t_running_loop; }
void set_running_loop(EventLoop* loop) noexcept { t_running_loop = loop; }

EventLoop& get_running_loop() {
  if (!t_running_loop) throw std::runtime_error("no running event loop");
  return *t_running_loop;
}

TaskBase* current_task() noexcept { return t_running_loop ? t_running_loop->current_task() : nullptr; }

TaskBase::TaskBase(EventLoop& loop, coro::coroutine_handle<> root, std::string name)
    : FutureBase(loop), root_(root), resume_point_(root) {
  is_task_ = true;
  if (loop.is_closed()) {
    // Refuse before anything holds a reference to this half-made task.
    root_.destroy();
    throw std::runtime_error("Event loop is closed");
  }
  if (name.empty())
    number_ = loop.next_task_number();
  else
    name_ = std::make_unique<std::string>(std::move(name));
}

const std::string& TaskBase::name() const {
  if (number_) {
    name_ = std::make_unique<std::string>("Task-" + std::to_string(number_));
    number_ = 0;
  }
  return *name_;
}

void TaskBase::launch() {
  loop_->schedule(Ref<Callback>(this));
  loop_->register_task(this);
  loop_->trace(TraceEvent::Kind::task_created, this);
}

TaskBase::~TaskBase() {
  if (state_ == State::pending) loop_->call_exception_handler({"Task was destroyed but it is pending!", nullptr, this});
  if (prev_ || next_ || loop_->tasks_head_ == this) loop_->unregister_task(this);
  destroy_root();
}

void TaskBase::destroy_root() noexcept {
  if (root_) root_.destroy();
  root_ = nullptr;
  resume_point_ = nullptr;
}

void TaskBase::abandon() noexcept {
  fut_waiter_ = nullptr;
  callbacks_.clear();  // e.g. a gather holding this task as a child, and held by it
  destroy_root();
}

bool TaskBase::cancel(std::optional<std::string> msg) {
  log_traceback_ = false;
  if (done()) return false;
  ++num_cancels_requested_;
  if (fut_waiter_ && fut_waiter_->cancel(msg)) return true;
  switch (sleep_state_) {
    case SleepState::pending:
      cancel_sleep();
      break;
    case SleepState::cancelled:
      return true;  // the wake-up already carries the first cancellation's message
    default:
      break;
  }
  must_cancel_ = true;
  set_cancel_message(std::move(msg));
  return true;
}

// asyncio cancels the sleep's future, whose callback wakes the task with CancelledError(msg) (the
// step raises it: must_cancel_ is set).
void TaskBase::cancel_sleep() {
  if (sleep_seq_) {
    sleep_seq_ = 0;
    loop_->timer_cancelled();
  }
  sleep_state_ = SleepState::cancelled;
  loop_->schedule(Ref<Callback>(this));
}

int TaskBase::uncancel() noexcept {
  if (num_cancels_requested_ > 0) --num_cancels_requested_;
  return num_cancels_requested_;
}

void TaskBase::invoke(FutureBase* fut) {
  if (fut) {
    wakeup(*fut);
  } else if (timer_callback_queued_) {
    // The sleep timer's callback (asyncio's _set_result_unless_cancelled): completes the sleep and
    // schedules the wake-up, unless cancel() got there first.
    timer_callback_queued_ = false;
    if (sleep_state_ == SleepState::pending) {
      sleep_state_ = SleepState::finished;
      loop_->schedule(Ref<Callback>(this));
    }
  } else {
    step(nullptr);
  }
}

void TaskBase::sleep_until(double when, coro::coroutine_handle<> h) {
  resume_point_ = h;
  sleep_when_ = when;
  sleep_state_ = SleepState::pending;
  sleep_seq_ = loop_->schedule_sleep(*this, when);
}

void TaskBase::wakeup(FutureBase& fut) {
  std::exception_ptr exc;
  if (fut.cancelled())
    exc = fut.make_cancelled_error();
  else if (fut.state() == State::finished)
    exc = fut.exception();
  step(std::move(exc));
}

void TaskBase::suspend_on(FutureBase& fut, coro::coroutine_handle<> h) {
  if (&fut == this) throw std::runtime_error("Task cannot await on itself: " + name());
  if (&fut.loop() != loop_) throw std::runtime_error("Task " + name() + " got Future attached to a different loop");
  resume_point_ = h;
  fut_waiter_ = Ref<FutureBase>(&fut);
  fut.add_done_callback(Ref<Callback>(this));
}

void TaskBase::yield_bare(coro::coroutine_handle<> h) {
  resume_point_ = h;
  loop_->schedule(Ref<Callback>(this));
}

void TaskBase::preempt(coro::coroutine_handle<> h) {
  resume_point_ = h;
  loop_->yield_to_host(Ref<Callback>(this));
}

void TaskBase::step(std::exception_ptr exc) {
  if (done()) throw InvalidStateError("_step(): already done: " + name());
  if (must_cancel_) {
    if (!is_cancelled_error(exc)) exc = make_cancelled_error();
    must_cancel_ = false;
  }
  fut_waiter_ = nullptr;
  sleep_state_ = SleepState::none;
  Ref<TaskBase> keep(this);
  EventLoop& loop = *loop_;
  TaskBase* outer = loop.current_task_;
  loop.current_task_ = this;
  loop.trace(TraceEvent::Kind::task_step_begin, this);

  bool finished;
  std::exception_ptr err;
  if (!started_ && exc) {
    // An exception thrown into a coroutine that never started ends it before its first line.
    finished = true;
    err = exc;
  } else {
    started_ = true;
    resume_exc_ = std::move(exc);
    resume_point_.resume();
    resume_exc_ = nullptr;
    finished = root_.done();
    if (finished) err = root_error();
  }
  started_ = true;
  loop.current_task_ = outer;

  if (finished) {
    complete(std::move(err));
    return;
  }
  // Task.__step: a cancel() that came while the task ran cancels what it now waits for, a sleep
  // too (its future, in asyncio), so the task wakes with CancelledError in the next iteration.
  if (must_cancel_) {
    if (fut_waiter_) {
      if (fut_waiter_->cancel(cancel_message())) must_cancel_ = false;
    } else if (sleep_state_ == SleepState::pending) {
      cancel_sleep();
    }
  }
  loop.trace(TraceEvent::Kind::task_step_end, this, fut_waiter_.get());
}

void TaskBase::complete(std::exception_ptr err) {
  using Kind = TraceEvent::Kind;
  if (!err) {
    if (must_cancel_) {
      // Cancelled right before the coroutine returned.
      must_cancel_ = false;
      FutureBase::cancel(cancel_message());
      loop_->trace(Kind::task_cancelled, this);
    } else {
      store_root_result();
      finish();
      loop_->trace(Kind::task_done, this);
    }
    destroy_root();
    return;
  }
  destroy_root();
  if (is_cancelled_error(err)) {
    set_cancelled_exc(err);
    FutureBase::cancel();
    loop_->trace(Kind::task_cancelled, this);
    return;
  }
  set_exception(err);
  loop_->trace(Kind::task_failed, this);
  if (holds<KeyboardInterrupt>(err)) std::rethrow_exception(err);
}

}  // namespace aio
