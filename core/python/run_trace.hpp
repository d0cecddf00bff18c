// A run's trace (InterpreterSinks::trace): numbers its tasks, puts event times on the run's own
// time axis, and caps how many events a run may send, so that a program spinning on sleep(0)
// cannot flood the host.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "python/interpreter.hpp"

namespace py {

// A duration as a program would write it: "2", "0.5".
std::string format_seconds(double seconds);

class RunTrace {
 public:
  static constexpr std::size_t kMaxEvents = 200000;

  RunTrace(std::function<void(const TraceEvent&)> sink, double clock_origin)
      : sink_(std::move(sink)), origin_(clock_origin) {}

  bool enabled() const { return sink_ != nullptr; }
  // Seconds since the run began, for a time read from the run's clock.
  double since_start(double clock_time) const { return clock_time - origin_; }

  // A task's number: stable for its life, never 0 (the main program's).
  std::uint64_t id_of(const void* task);
  // A task just created: a new number even where an earlier task lived at the same address.
  std::uint64_t new_id(const void* task);
  void forget(const void* task) { ids_.erase(task); }

  void emit(TraceEvent event);

 private:
  std::function<void(const TraceEvent&)> sink_;
  double origin_;
  std::unordered_map<const void*, std::uint64_t> ids_;
  std::uint64_t last_id_ = 0;
  std::size_t sent_ = 0;
};

}  // namespace py
