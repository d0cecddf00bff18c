#include "loop/event_loop.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "loop/future.hpp"
#include "loop/task.hpp"

namespace aio {

void set_running_loop(EventLoop* loop) noexcept;  // task.cpp

namespace {
// CPython's loop._clock_resolution: timers due within it count as due.
constexpr double kClockResolution = 1e-9;
// Heaps smaller than this are never compacted (CPython's _MIN_SCHEDULED_TIMER_HANDLES).
constexpr size_t kMinTimersToCompact = 100;
// How many callbacks run between two looks at the host clock for the time slice.
constexpr unsigned kCallbacksPerSliceCheck = 32;

class RunningLoopScope {
 public:
  explicit RunningLoopScope(EventLoop* loop) : outer_(running_loop()) { set_running_loop(loop); }
  ~RunningLoopScope() { set_running_loop(outer_); }

 private:
  EventLoop* outer_;
};

std::string describe_exception(const std::exception_ptr& e) {
  if (!e) return {};
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& ex) {
    return ex.what();
  } catch (const CancelledError&) {
    return "CancelledError";
  } catch (const KeyboardInterrupt&) {
    return "KeyboardInterrupt";
  } catch (...) {
    return "unknown exception";
  }
}
}  // namespace

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  on_cancel();
}

void TimerHandle::on_cancel() {
  if (scheduled_ && loop_) loop_->timer_cancelled();
}

EventLoop::EventLoop(Clock& clock) : clock_(clock) {}

EventLoop::~EventLoop() {
  ready_.clear();
  for (auto& t : timers_) release_entry(t);
  timers_.clear();
  // Pending tasks hold their coroutine frames, which hold the futures the tasks wait on, whose
  // callbacks hold the tasks: free the frames so that every such cycle breaks.
  std::vector<Ref<TaskBase>> live;
  for (TaskBase* t = tasks_head_; t; t = t->next_) live.emplace_back(t);
  for (auto& t : live) t->abandon();
  live.clear();
}

void EventLoop::check_closed() const {
  if (closed_) throw std::runtime_error("Event loop is closed");
}

void EventLoop::schedule(Ref<Callback> cb, Ref<FutureBase> fut) {
  check_closed();
  ready_.push_back(ReadyItem{std::move(cb), std::move(fut)});
}

void EventLoop::schedule_at(double when, Ref<TimerHandle> h) {
  check_closed();
  h->loop_ = this;
  h->when_ = when;
  h->scheduled_ = true;
  TimerHandle* raw = h.detach();
  timers_.push_back(TimerEntry{when, ++timer_seq_, reinterpret_cast<uintptr_t>(raw)});
  std::push_heap(timers_.begin(), timers_.end(), TimerLater{});
  trace(TraceEvent::Kind::timer_scheduled, current_task_, nullptr, raw);
}

uint64_t EventLoop::schedule_sleep(TaskBase& task, double when) {
  check_closed();
  task.retain();
  uint64_t seq = ++timer_seq_;
  timers_.push_back(TimerEntry{when, seq, reinterpret_cast<uintptr_t>(&task) | 1});
  std::push_heap(timers_.begin(), timers_.end(), TimerLater{});
  trace(TraceEvent::Kind::timer_scheduled, &task);
  return seq;
}

bool EventLoop::entry_cancelled(const TimerEntry& e) const noexcept {
  return e.is_sleep() ? e.sleeper()->sleep_seq_ != e.seq : e.handle()->cancelled();
}

void EventLoop::release_entry(const TimerEntry& e) noexcept {
  if (e.is_sleep()) {
    e.sleeper()->release();
  } else {
    e.handle()->scheduled_ = false;
    e.handle()->release();
  }
}

void EventLoop::begin_run() {
  check_closed();
  if (running_) throw std::runtime_error("This event loop is already running");
  if (running_loop() && running_loop() != this)
    throw std::runtime_error("Cannot run the event loop while another loop is running");
  running_ = true;
}

void EventLoop::end_run() noexcept {
  stopping_ = false;
  running_ = false;
}

void EventLoop::close() {
  if (running_) throw std::runtime_error("Cannot close a running event loop");
  if (closed_) return;
  closed_ = true;
  ready_.clear();
  for (auto& t : timers_) release_entry(t);
  timers_.clear();
  cancelled_timers_ = 0;
}

void EventLoop::drop_cancelled_timers() {
  if (timers_.size() > kMinTimersToCompact && cancelled_timers_ * 2 > timers_.size()) {
    auto live = std::partition(timers_.begin(), timers_.end(), [this](const TimerEntry& t) { return !entry_cancelled(t); });
    for (auto it = live; it != timers_.end(); ++it) release_entry(*it);
    timers_.erase(live, timers_.end());
    std::make_heap(timers_.begin(), timers_.end(), TimerLater{});
    cancelled_timers_ = 0;
    return;
  }
  while (!timers_.empty() && entry_cancelled(timers_.front())) {
    std::pop_heap(timers_.begin(), timers_.end(), TimerLater{});
    release_entry(timers_.back());
    timers_.pop_back();
    --cancelled_timers_;
  }
}

bool EventLoop::interrupt_due(double now) const {
  return interrupt_requested_.load(std::memory_order_relaxed) || (interrupt_at_ && now >= *interrupt_at_);
}

void EventLoop::raise_interrupt() {
  interrupt_requested_.store(false, std::memory_order_relaxed);
  interrupt_at_.reset();
  iteration_remaining_ = 0;
  throw KeyboardInterrupt{};
}

bool EventLoop::begin_iteration() {
  drop_cancelled_timers();
  double end_time = clock_.now() + kClockResolution;
  while (!timers_.empty() && timers_.front().when < end_time) {
    std::pop_heap(timers_.begin(), timers_.end(), TimerLater{});
    TimerEntry e = timers_.back();
    timers_.pop_back();
    if (entry_cancelled(e)) {
      --cancelled_timers_;
      release_entry(e);
      continue;
    }
    Callback* target;
    if (e.is_sleep()) {
      TaskBase* task = e.sleeper();
      task->on_sleep_timer();
      trace(TraceEvent::Kind::timer_fired, task);
      target = task;
    } else {
      TimerHandle* h = e.handle();
      h->scheduled_ = false;
      trace(TraceEvent::Kind::timer_fired, nullptr, nullptr, h);
      target = h;
    }
    Ref<Callback> cb(target);
    target->release();  // the heap's reference, now held by `cb`
    ready_.push_back(ReadyItem{std::move(cb), nullptr});
  }
  iteration_remaining_ = ready_.size();
  return iteration_remaining_ > 0;
}

void EventLoop::run_ready_item() {
  ReadyItem item = ready_.pop_front();
  --iteration_remaining_;
  if (item.callback->is_cancelled()) return;
  try {
    item.callback->invoke(item.future.get());
  } catch (const KeyboardInterrupt&) {
    iteration_remaining_ = 0;
    throw;
  } catch (...) {
    call_exception_handler({"Exception in callback " + item.callback->describe(), std::current_exception(), nullptr});
  }
  if (tracer_) [[unlikely]] {
    if (const Handle* h = item.callback->as_handle()) trace(TraceEvent::Kind::callback_run, nullptr, nullptr, h);
  }
}

Step EventLoop::step(double slice_seconds, size_t max_callbacks) {
  check_closed();
  RunningLoopScope scope(this);
  const double deadline = slice_seconds == std::numeric_limits<double>::infinity()
                              ? slice_seconds
                              : monotonic_seconds() + slice_seconds;
  unsigned until_check = kCallbacksPerSliceCheck;
  for (;;) {
    if (iteration_remaining_ == 0) {
      // Between iterations: CPython's _run_once computes how long select() may block here.
      double now = clock_.now();
      if (interrupt_due(now)) raise_interrupt();
      if (ready_.empty() && !stopping_) {
        drop_cancelled_timers();
        std::optional<double> next;
        if (!timers_.empty()) next = timers_.front().when;
        if (interrupt_at_ && (!next || *interrupt_at_ < *next)) next = interrupt_at_;
        if (!next) return Step{Step::Next::idle};
        if (*next >= now + kClockResolution) {
          const double g = clock_.wait_granularity();
          if (!clock_.is_virtual()) return Step{Step::Next::waiting, g > 0 ? std::ceil((*next - now) / g) * g : *next - now};
          // A jump lands a whole granule past the timer, where a real wait (rounded up, then woken
          // late by the OS) ends at the latest: timers a little apart fire together every run,
          // not only when the rounding happens to cover them.
          clock_.advance_to(*next + g);
          if (interrupt_due(clock_.now())) raise_interrupt();
        }
      }
      begin_iteration();
    }
    while (iteration_remaining_ > 0) {
      run_ready_item();
      if (yield_requested_) {
        yield_requested_ = false;
        return Step{Step::Next::ready};
      }
      if (--max_callbacks == 0) {
        if (interrupt_requested_.load(std::memory_order_relaxed)) raise_interrupt();
        return Step{stopping_ && iteration_remaining_ == 0 ? Step::Next::stopped : Step::Next::ready};
      }
      if (interrupt_requested_.load(std::memory_order_relaxed)) raise_interrupt();
      if (--until_check == 0) {
        until_check = kCallbacksPerSliceCheck;
        if (iteration_remaining_ > 0 && monotonic_seconds() >= deadline) return Step{Step::Next::ready};
      }
    }
    if (stopping_) return Step{Step::Next::stopped};
    if (deadline != std::numeric_limits<double>::infinity() && monotonic_seconds() >= deadline)
      return Step{Step::Next::ready};
  }
}

void EventLoop::yield_to_host(Ref<Callback> resume_first) {
  ready_.push_front(ReadyItem{std::move(resume_first), nullptr});
  ++iteration_remaining_;
  yield_requested_ = true;
}

void EventLoop::wait_for_host(const Step& step) {
  // Sleep in short stretches so that interrupt() from a signal handler is seen promptly.
  constexpr double kPoll = 0.05;
  switch (step.next) {
    case Step::Next::waiting:
      sleep_seconds(std::min(step.delay, kPoll));
      break;
    case Step::Next::idle:
      sleep_seconds(kPoll);
      break;
    default:
      break;
  }
}

void EventLoop::run_forever() {
  begin_run();
  struct EndRun {
    EventLoop* loop;
    ~EndRun() { loop->end_run(); }
  } end_run{this};
  for (;;) {
    Step s = step();
    if (s.next == Step::Next::stopped) return;
    wait_for_host(s);
  }
}

void EventLoop::run_until_complete(FutureBase& fut) {
  check_closed();
  if (running_) throw std::runtime_error("This event loop is already running");
  Ref<FutureBase> keep(&fut);
  Ref<Callback> stopper = fut.add_done_callback(
      [](FutureBase& f) {
        // An interrupt already ended run_forever(); stopping again would end the next run early.
        if (!f.cancelled() && holds<KeyboardInterrupt>(f.peek_exception())) return;
        f.loop().stop();
      },
      "_run_until_complete_cb");
  try {
    run_forever();
  } catch (...) {
    fut.remove_done_callback(stopper.get());
    throw;
  }
  fut.remove_done_callback(stopper.get());
  if (!fut.done()) throw std::runtime_error("Event loop stopped before Future completed.");
  fut.check_result();
}

std::vector<Ref<TaskBase>> EventLoop::all_tasks() const {
  std::vector<Ref<TaskBase>> out;
  for (TaskBase* t = tasks_head_; t; t = t->next_)
    if (!t->done()) out.emplace_back(t);
  return out;
}

std::vector<EventLoop::TimerView> EventLoop::scheduled_timers() const {
  std::vector<TimerEntry> sorted = timers_;
  std::sort(sorted.begin(), sorted.end(), [](const TimerEntry& a, const TimerEntry& b) { return TimerLater{}(b, a); });
  std::vector<TimerView> out;
  for (auto& t : sorted) {
    if (entry_cancelled(t)) continue;
    if (t.is_sleep())
      out.push_back(TimerView{t.when, nullptr, Ref<TaskBase>(t.sleeper())});
    else
      out.push_back(TimerView{t.when, Ref<TimerHandle>(t.handle()), nullptr});
  }
  return out;
}

void EventLoop::register_task(TaskBase* task) noexcept {
  task->prev_ = tasks_tail_;
  task->next_ = nullptr;
  if (tasks_tail_)
    tasks_tail_->next_ = task;
  else
    tasks_head_ = task;
  tasks_tail_ = task;
}

void EventLoop::unregister_task(TaskBase* task) noexcept {
  if (task->prev_)
    task->prev_->next_ = task->next_;
  else
    tasks_head_ = task->next_;
  if (task->next_)
    task->next_->prev_ = task->prev_;
  else
    tasks_tail_ = task->prev_;
  task->prev_ = task->next_ = nullptr;
}

void EventLoop::call_exception_handler(const ExceptionContext& context) {
  if (exception_handler_) {
    exception_handler_(context);
    return;
  }
  std::string line = context.message;
  if (auto* task = dynamic_cast<const TaskBase*>(context.future)) line += "\ntask: " + task->name();
  if (context.exception) line += "\nexception: " + describe_exception(context.exception);
  std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace aio
