// The loop's trace hook: what an inspector or a timeline needs to see, with loop time.
// With no tracer attached the loop pays one predictable branch per event site.
#pragma once

#include <cstdint>

namespace aio {

class TaskBase;
class FutureBase;
class Handle;

struct TraceEvent {
  enum class Kind : uint8_t {
    task_created,
    task_step_begin,
    task_step_end,  // `awaiting` is what the task now waits on (null after a bare yield)
    task_done,
    task_cancelled,
    task_failed,
    timer_scheduled,
    timer_fired,
    callback_run,  // a call_soon/call_later handle or a done-callback ran
  };
  Kind kind;
  double time;
  const TaskBase* task = nullptr;
  const FutureBase* awaiting = nullptr;
  const Handle* handle = nullptr;
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void on_trace(const TraceEvent& event) = 0;
};

}  // namespace aio
