// asyncio.Task: a future driven by a coroutine.
//
// A task runs its coroutine one step at a time from the loop: each step resumes it until it awaits an
// unfinished future (the task then waits for that future's done-callback), yields bare (sleep(0):
// the task is scheduled again), or finishes. Cancellation follows CPython 3.11: cancel() cancels the
// future the task waits on, or makes the next step raise CancelledError at the suspension point; the
// coroutine may catch it, clean up, re-raise or swallow it. cancelling()/uncancel() count requests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "loop/coro.hpp"
#include "loop/future.hpp"

namespace aio {

class TaskBase : public FutureBase, public Callback {
 public:
  ~TaskBase() override;

  const std::string& name() const;
  void set_name(std::string name) {
    name_ = std::make_unique<std::string>(std::move(name));
    number_ = 0;
  }
  bool cancel(std::optional<std::string> msg = std::nullopt) override;
  int cancelling() const noexcept { return num_cancels_requested_; }
  int uncancel() noexcept;
  // The future the task is suspended on (asyncio's _fut_waiter), or null.
  FutureBase* waiting_on() const noexcept { return fut_waiter_.get(); }
  // A task in sleep() has no future, but behaves as asyncio's task waiting on its sleep future,
  // whose state this mirrors: pending until the timer's callback runs, then finished (the wake-up is
  // scheduled); or cancelled by cancel() (the wake-up, with CancelledError, is scheduled).
  enum class SleepState : uint8_t { none, pending, finished, cancelled };
  SleepState sleep_state() const noexcept { return sleep_state_; }
  std::optional<double> sleep_deadline() const noexcept {
    return sleep_state_ == SleepState::none ? std::nullopt : std::optional<double>(sleep_when_);
  }
  // True while the task's coroutine is executing (it is the loop's current task).
  bool is_stepping() const noexcept { return loop_->current_task() == this; }
  bool started() const noexcept { return started_; }

  void invoke(FutureBase* fut) override;
  std::string describe() const override { return name(); }

  // The awaiter protocol: the current task suspends at `h` until `fut` is done, or yields bare and
  // is resumed at `h` in the next iteration; after resumption, take the exception to raise there.
  void suspend_on(FutureBase& fut, coro::coroutine_handle<> h);
  void yield_bare(coro::coroutine_handle<> h);
  // Suspends at `h` until loop time `when`. Like asyncio's sleep, the task resumes one iteration
  // after its timer fires, and cancel() wakes it with CancelledError.
  void sleep_until(double when, coro::coroutine_handle<> h);
  // Ends the host's step with the task suspended at `h`; it resumes first in the next step, before
  // any other callback (EventLoop::yield_to_host).
  void preempt(coro::coroutine_handle<> h);
  std::exception_ptr take_resume_exception() noexcept { return std::exchange(resume_exc_, nullptr); }

  // Schedules the first step and registers the task with its loop; once, by create_task(), after
  // the creator holds a reference.
  void launch();

 protected:
  TaskBase(EventLoop& loop, coro::coroutine_handle<> root, std::string name);
  void* root_address() const noexcept { return root_.address(); }
  virtual std::exception_ptr root_error() = 0;
  virtual void store_root_result() = 0;

 private:
  friend class EventLoop;
  void step(std::exception_ptr exc);
  void cancel_sleep();
  void wakeup(FutureBase& fut);
  void complete(std::exception_ptr err);
  void destroy_root() noexcept;
  // Called by a dying loop: frees the coroutine so that the reference cycles through it break.
  void abandon() noexcept;
  // The loop moved this task's sleep timer to the ready queue; the task's next invoke() is that
  // timer's callback, not a step.
  void on_sleep_timer() noexcept {
    sleep_seq_ = 0;
    timer_callback_queued_ = true;
  }

  mutable std::unique_ptr<std::string> name_;
  mutable uint64_t number_ = 0;  // unnamed: "Task-<number_>", formatted on first use (most are never read)
  coro::coroutine_handle<> root_;
  coro::coroutine_handle<> resume_point_;
  Ref<FutureBase> fut_waiter_;
  std::exception_ptr resume_exc_;
  uint64_t sleep_seq_ = 0;  // the live timer entry of a sleep, or 0
  double sleep_when_ = 0;
  int num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  bool started_ = false;
  SleepState sleep_state_ = SleepState::none;
  bool timer_callback_queued_ = false;
  TaskBase* prev_ = nullptr;  // the loop's list of live tasks
  TaskBase* next_ = nullptr;
};

template <class T>
class TaskState final : public TaskBase, public ResultSlot<T> {
 public:
  TaskState(EventLoop& loop, Coro<T> coro, std::string name) : TaskBase(loop, coro.release(), std::move(name)) {}

 private:
  using Handle = typename Coro<T>::Handle;
  Handle typed() const noexcept { return Handle::from_address(root_address()); }
  std::exception_ptr root_error() override { return typed().promise().error; }
  void store_root_result() override {
    if constexpr (!std::is_void_v<T>) this->value.emplace(typed().promise().take());
  }
};

// A shared handle to a task; usable wherever a Future<T> is.
template <class T>
class Task : public Future<T> {
 public:
  Task() = default;
  explicit Task(TaskState<T>* state) : Future<T>(Ref<FutureBase>(state), state) {}

  TaskBase& state() const noexcept { return static_cast<TaskBase&>(*this->base()); }
  const std::string& name() const noexcept { return state().name(); }
  void set_name(std::string name) const { state().set_name(std::move(name)); }
  int cancelling() const noexcept { return state().cancelling(); }
  int uncancel() const noexcept { return state().uncancel(); }
};

// The loop running on this thread, or null (asyncio._get_running_loop()).
EventLoop* running_loop() noexcept;
// RuntimeError "no running event loop" outside a running loop.
EventLoop& get_running_loop();
// The task being stepped by the running loop, or null.
TaskBase* current_task() noexcept;

// Schedules `coro` as a task; its first step runs in the next iteration. Unnamed tasks are "Task-N".
template <class T>
Task<T> create_task(EventLoop& loop, Coro<T> coro, std::string name = {}) {
  Task<T> task(new TaskState<T>(loop, std::move(coro), std::move(name)));
  task.state().launch();
  return task;
}
template <class T>
Task<T> create_task(Coro<T> coro, std::string name = {}) {
  return create_task(get_running_loop(), std::move(coro), std::move(name));
}

template <class T>
T EventLoop::run_until_complete(Future<T> fut) {
  run_until_complete(*fut.base());
  return fut.result();
}

template <class T>
T EventLoop::run_until_complete(Coro<T> coro) {
  Task<T> task = create_task(*this, std::move(coro));
  try {
    run_until_complete(*task.base());
  } catch (...) {
    // The task is ours alone: mark its error retrieved so it is not reported again (as asyncio does).
    if (task.done() && !task.cancelled()) task.exception();
    throw;
  }
  return task.result();
}

}  // namespace aio
