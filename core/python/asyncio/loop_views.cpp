#include "python/asyncio/loop_views.hpp"

#include "python/asyncio/future_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/generator_object.hpp"
#include "python/run_trace.hpp"
#include "python/str_object.hpp"

namespace py {

std::string describe_awaiting(const aio::TaskBase& task, double now) {
  if (std::optional<double> deadline = task.sleep_deadline();
      deadline && task.sleep_state() == aio::TaskBase::SleepState::pending) {
    return "sleep(" + format_seconds(std::max(0.0, *deadline - now)) + ")";
  }
  const aio::FutureBase* awaited = task.waiting_on();
  if (awaited == nullptr) return "sleep(0)";
  if (const auto* other = dynamic_cast<const aio::TaskBase*>(awaited)) return other->name();
  if (const FutureObject* fut = python_future_of(awaited)) {
    const std::string& type = fut->type()->name;
    return type == "_GatheringFuture" ? "gather()" : type;
  }
  return "Future";
}

std::string describe_task_coroutine(const aio::TaskBase& task) {
  const TaskObject* owner = python_task_of(&task);
  if (owner == nullptr) return {};
  if (is_generator_object(owner->coro)) return as_generator(owner->coro)->qualname->text() + "()";
  if (is_native_coroutine(owner->coro)) return std::string(as_native_coroutine(owner->coro)->qualname) + "()";
  return {};
}

std::string describe_ready(const aio::ReadyItem& item) {
  if (const auto* task = dynamic_cast<const aio::TaskBase*>(item.callback.get())) {
    return task->name() + (item.future ? ": wake-up" : ": step");
  }
  std::string what = item.callback->describe();
  return what.empty() ? "callback" : what;
}

std::string describe_timer(const aio::EventLoop::TimerView& timer) {
  if (timer.sleeper) return timer.sleeper->name() + ": end of sleep";
  std::string what = timer.handle->describe();
  return what.empty() ? "callback" : what;
}

}  // namespace py
