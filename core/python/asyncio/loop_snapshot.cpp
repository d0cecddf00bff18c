#include "python/asyncio/loop_snapshot.hpp"

#include "loop/task.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/loop_views.hpp"
#include "python/run_trace.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

const char* task_state(const aio::TaskBase& task) {
  if (task.is_stepping()) return "running";
  if (task.sleep_state() == aio::TaskBase::SleepState::pending) return "sleeping";
  if (task.waiting_on() != nullptr) return "waiting";
  return "ready";
}

}  // namespace

LoopSnapshot snapshot_loop() {
  LoopSnapshot shot;
  Value loop = running_loop_object();
  if (!loop) {
    if (AsyncioModuleObject* state = loaded_asyncio_state()) loop = state->current_loop;
  }
  if (!loop) return shot;
  const aio::EventLoop& core = *as_loop(loop)->loop;
  RunTrace& trace = vm_trace();
  const double now = core.time();
  shot.has_loop = true;
  for (size_t i = 0; i < core.ready().size(); ++i) shot.ready.push_back(describe_ready(core.ready().at(i)));
  for (const aio::EventLoop::TimerView& timer : core.scheduled_timers()) {
    shot.timers.push_back({trace.since_start(timer.when), describe_timer(timer),
                           timer.sleeper ? trace.id_of(timer.sleeper.get()) : 0});
  }
  for (const aio::Ref<aio::TaskBase>& task : core.all_tasks()) {
    const char* state = task_state(*task);
    shot.tasks.push_back({trace.id_of(task.get()), task->name(), state,
                          std::string(state) == "running" ? "" : describe_awaiting(*task, now)});
  }
  return shot;
}

}  // namespace py
