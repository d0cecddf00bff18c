#include "python/run_trace.hpp"

#include <cmath>

#include "python/float_format.hpp"

namespace py {

std::string format_seconds(double seconds) {
  // Loop times carry float noise (1.0000000000000009): milliseconds are what a learner reads.
  const double rounded = std::round(seconds * 1000) / 1000;
  if (rounded == std::trunc(rounded) && std::abs(rounded) < 1e15) return std::to_string(static_cast<long long>(rounded));
  return float_repr(rounded);
}

const char* trace_kind_name(TraceEvent::Kind kind) {
  using Kind = TraceEvent::Kind;
  switch (kind) {
    case Kind::task_created: return "task_created";
    case Kind::task_running: return "task_running";
    case Kind::task_awaiting: return "task_awaiting";
    case Kind::task_done: return "task_done";
    case Kind::task_cancelled: return "task_cancelled";
    case Kind::task_failed: return "task_failed";
    case Kind::timer_scheduled: return "timer_scheduled";
    case Kind::timer_fired: return "timer_fired";
    case Kind::callback_run: return "callback_run";
    case Kind::truncated: return "truncated";
  }
  return "unknown";
}

std::uint64_t RunTrace::id_of(const void* task) {
  auto [it, inserted] = ids_.try_emplace(task, 0);
  if (inserted) it->second = ++last_id_;
  return it->second;
}

std::uint64_t RunTrace::new_id(const void* task) { return ids_[task] = ++last_id_; }

void RunTrace::emit(TraceEvent event) {
  if (!sink_ || sent_ > kMaxEvents) return;
  if (++sent_ > kMaxEvents) {
    const double time = event.time;
    event = TraceEvent{};
    event.kind = TraceEvent::Kind::truncated;
    event.time = time;
  }
  sink_(event);
}

}  // namespace py
