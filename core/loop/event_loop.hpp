// The event loop: asyncio's BaseEventLoop without I/O, drivable one step at a time.
//
// Scheduling follows CPython 3.11's _run_once exactly: an iteration first moves every due timer
// (deadline, then scheduling order) to the end of the ready queue, then runs the callbacks that were
// ready when it began; callbacks they schedule run in the next iteration.
//
// A host that does not own the thread (a browser) calls step(), which runs iterations for at most one
// time slice and says what comes next. run_forever() and run_until_complete() are step() plus
// waiting, so the CLI, the tests and the browser share one code path.
#pragma once

#include <atomic>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "loop/callback.hpp"
#include "loop/clock.hpp"
#include "loop/ready_queue.hpp"
#include "loop/ref.hpp"
#include "loop/trace.hpp"

namespace aio {

class FutureBase;
class TaskBase;
template <class T>
class Future;
template <class T>
class Coro;

// What the host should do after a step.
struct Step {
  enum class Next : uint8_t {
    ready,    // more is ready now: step again soon (after yielding to the host's own work)
    waiting,  // nothing is ready; the next timer is due in `delay` seconds (real clock only)
    idle,     // nothing is ready and no timer is pending: only an outside event can wake the loop
    stopped,  // stop() took effect at the end of an iteration: the run is over
  };
  Next next;
  double delay = 0;
};

// Passed to the loop's exception handler, like asyncio's context dict.
struct ExceptionContext {
  std::string message;
  std::exception_ptr exception;
  const FutureBase* future = nullptr;
};

class EventLoop {
 public:
  explicit EventLoop(Clock& clock);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  double time() const { return clock_.now(); }
  Clock& clock() const { return clock_; }

  // --- scheduling (RuntimeError "Event loop is closed" once closed) ---
  template <class F>
  Ref<Handle> call_soon(F f, std::string name = {}) {
    Ref<Handle> h(new FunctionHandle<Handle, F>(std::move(f), std::move(name)));
    schedule(h);
    return h;
  }
  template <class F>
  Ref<TimerHandle> call_later(double delay, F f, std::string name = {}) {
    return call_at(time() + delay, std::move(f), std::move(name));
  }
  template <class F>
  Ref<TimerHandle> call_at(double when, F f, std::string name = {}) {
    Ref<TimerHandle> h(new FunctionHandle<TimerHandle, F>(std::move(f), std::move(name)));
    schedule_at(when, h);
    return h;
  }
  // Schedules `cb` to run in a later iteration; `fut` is passed to it (done-callbacks, wake-ups).
  void schedule(Ref<Callback> cb, Ref<FutureBase> fut = nullptr);
  void schedule_at(double when, Ref<TimerHandle> h);

  // --- running ---
  // One host step: runs loop iterations until `slice_seconds` of host time have passed,
  // `max_callbacks` callbacks have run (an inspector's single step), nothing is ready, or stop()
  // took effect. Must be bracketed by begin_run()/end_run().
  Step step(double slice_seconds = std::numeric_limits<double>::infinity(),
            size_t max_callbacks = std::numeric_limits<size_t>::max());
  // RuntimeError if closed or already running; marks the loop running (asyncio's run_forever set-up).
  void begin_run();
  void end_run() noexcept;

  void run_forever();
  // Runs until `fut` is done and returns (as asyncio does, RuntimeError "Event loop stopped before
  // Future completed." if stop() ended the run first). Rethrows the future's exception.
  void run_until_complete(FutureBase& fut);
  template <class T>
  T run_until_complete(Future<T> fut);
  template <class T>
  T run_until_complete(Coro<T> coro);

  void stop() noexcept { stopping_ = true; }
  // RuntimeError if running; closing a closed loop does nothing.
  void close();
  bool is_running() const noexcept { return running_; }
  bool is_closed() const noexcept { return closed_; }

  // --- interruption (Ctrl+C) ---
  // Raises KeyboardInterrupt out of step() at the next callback boundary; safe from a signal handler.
  void interrupt() noexcept { interrupt_requested_.store(true, std::memory_order_relaxed); }
  // Interrupts when loop time reaches `when`, as a Ctrl+C pressed at that moment would; on a virtual
  // clock the loop jumps to it when nothing else is due earlier.
  void set_interrupt_at(std::optional<double> when) { interrupt_at_ = when; }

  // Ends the current host step after the running callback returns and runs `resume_first` before
  // anything else in the next step, without starting a new iteration. Lets one long callback (a
  // Python task step that used up its time slice) hand the thread back to the host while keeping
  // asyncio's rule that nothing else runs between a task's awaits.
  void yield_to_host(Ref<Callback> resume_first);

  // --- tasks ---
  TaskBase* current_task() const noexcept { return current_task_; }
  // Tasks of this loop not yet done, in creation order (asyncio.all_tasks()).
  std::vector<Ref<TaskBase>> all_tasks() const;
  // Numbers tasks "Task-N"; hosts share one counter across loops, as asyncio's is process-wide.
  void set_task_counter(uint64_t* counter) noexcept { task_counter_ = counter ? counter : &own_task_counter_; }
  uint64_t next_task_number() noexcept { return ++*task_counter_; }

  // --- introspection, for inspectors ---
  const ReadyQueue& ready() const noexcept { return ready_; }
  // A pending timer: a call_later/call_at handle, or a task sleeping until `when`.
  struct TimerView {
    double when;
    Ref<TimerHandle> handle;
    Ref<TaskBase> sleeper;
  };
  std::vector<TimerView> scheduled_timers() const;  // in firing order

  // --- hooks ---
  void set_tracer(Tracer* tracer) noexcept { tracer_ = tracer; }
  Tracer* tracer() const noexcept { return tracer_; }
  void trace(TraceEvent::Kind kind, const TaskBase* task, const FutureBase* awaiting = nullptr,
             const Handle* handle = nullptr) {
    if (tracer_) [[unlikely]]
      tracer_->on_trace(TraceEvent{kind, time(), task, awaiting, handle});
  }
  using ExceptionHandler = std::function<void(const ExceptionContext&)>;
  void set_exception_handler(ExceptionHandler handler) { exception_handler_ = std::move(handler); }
  // Reports an error nobody retrieved ("Task exception was never retrieved"); by default on stderr.
  void call_exception_handler(const ExceptionContext& context);

 private:
  friend class TaskBase;
  friend class TimerHandle;

  // A heap entry is a TimerHandle or a sleeping task (low bit set): a sleep needs no handle, future
  // or callback of its own. The entry holds a reference to its target.
  struct TimerEntry {
    double when;
    uint64_t seq;
    uintptr_t target;
    bool is_sleep() const noexcept { return target & 1; }
    TimerHandle* handle() const noexcept { return reinterpret_cast<TimerHandle*>(target); }
    TaskBase* sleeper() const noexcept { return reinterpret_cast<TaskBase*>(target & ~uintptr_t(1)); }
  };
  struct TimerLater {
    bool operator()(const TimerEntry& a, const TimerEntry& b) const noexcept {
      return a.when != b.when ? a.when > b.when : a.seq > b.seq;
    }
  };

  void check_closed() const;
  bool begin_iteration();
  void run_ready_item();
  void drop_cancelled_timers();
  bool interrupt_due(double now) const;
  void raise_interrupt();
  void timer_cancelled() noexcept { ++cancelled_timers_; }
  uint64_t schedule_sleep(TaskBase& task, double when);
  bool entry_cancelled(const TimerEntry& e) const noexcept;
  void release_entry(const TimerEntry& e) noexcept;
  void wait_for_host(const Step& step);
  void register_task(TaskBase* task) noexcept;
  void unregister_task(TaskBase* task) noexcept;

  Clock& clock_;
  ReadyQueue ready_;
  std::vector<TimerEntry> timers_;
  uint64_t timer_seq_ = 0;
  size_t cancelled_timers_ = 0;
  size_t iteration_remaining_ = 0;  // callbacks of the current iteration not yet run
  bool yield_requested_ = false;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  std::atomic<bool> interrupt_requested_{false};
  std::optional<double> interrupt_at_;
  TaskBase* current_task_ = nullptr;
  TaskBase* tasks_head_ = nullptr;  // intrusive list of live tasks, oldest first
  TaskBase* tasks_tail_ = nullptr;
  uint64_t own_task_counter_ = 0;
  uint64_t* task_counter_ = &own_task_counter_;
  Tracer* tracer_ = nullptr;
  ExceptionHandler exception_handler_;
};

}  // namespace aio
