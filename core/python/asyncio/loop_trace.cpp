#include "python/asyncio/loop_trace.hpp"

#include "loop/event_loop.hpp"
#include "loop/task.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/loop_views.hpp"
#include "python/run_trace.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

using Kind = TraceEvent::Kind;

// A failed task's exception type, read without running Python code.
std::string failure_type(const aio::TaskBase& task) {
  if (const std::exception_ptr& error = task.peek_exception()) {
    try {
      std::rethrow_exception(error);
    } catch (const PythonError& e) {
      return e.exc->type()->name;
    } catch (const PythonInterrupt& e) {
      return e.exc ? e.exc->type()->name : "KeyboardInterrupt";
    } catch (...) {
    }
  }
  return {};
}

class LoopTracer final : public aio::Tracer {
 public:
  void on_trace(const aio::TraceEvent& e) override {
    RunTrace& trace = vm_trace();
    TraceEvent out;
    out.time = trace.since_start(e.time);
    if (e.task != nullptr) {
      out.task_id = e.kind == aio::TraceEvent::Kind::task_created ? trace.new_id(e.task) : trace.id_of(e.task);
      out.task = e.task->name();
    }
    switch (e.kind) {
      case aio::TraceEvent::Kind::task_created:
        out.detail = describe_task_coroutine(*e.task);
        break;
      case aio::TraceEvent::Kind::task_step_begin:
        out.kind = Kind::task_running;
        break;
      case aio::TraceEvent::Kind::task_step_end:
        out.kind = Kind::task_awaiting;
        out.detail = describe_awaiting(*e.task, e.time);
        break;
      case aio::TraceEvent::Kind::task_done:
        out.kind = Kind::task_done;
        break;
      case aio::TraceEvent::Kind::task_cancelled:
        out.kind = Kind::task_cancelled;
        break;
      case aio::TraceEvent::Kind::task_failed:
        out.kind = Kind::task_failed;
        out.detail = failure_type(*e.task);
        break;
      case aio::TraceEvent::Kind::timer_scheduled:
        out.kind = Kind::timer_scheduled;
        if (e.handle != nullptr) {
          const auto* timer = static_cast<const aio::TimerHandle*>(e.handle);
          out.deadline = trace.since_start(timer->when());
          out.detail = e.handle->describe();
        } else {
          out.deadline = trace.since_start(e.task->sleep_deadline().value_or(e.time));
          out.detail = e.task->name() + ": end of sleep";
        }
        break;
      case aio::TraceEvent::Kind::timer_fired:
        out.kind = Kind::timer_fired;
        out.detail = e.handle != nullptr ? e.handle->describe() : e.task->name() + ": end of sleep";
        break;
      case aio::TraceEvent::Kind::callback_run:
        out.kind = Kind::callback_run;
        out.detail = e.handle->describe();
        break;
    }
    const bool ended = out.kind == Kind::task_done || out.kind == Kind::task_cancelled || out.kind == Kind::task_failed;
    trace.emit(std::move(out));
    if (ended) trace.forget(e.task);
  }
};

}  // namespace

aio::Tracer& loop_tracer() {
  static LoopTracer tracer;
  return tracer;
}

}  // namespace py
