// The time module. The clock is the run's (vm.hpp): with --virtual-time, time() and monotonic()
// advance only as sleeps jump it; sleep() suspends the whole program, never the host thread.
#include <cmath>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

Value time_time(const Value&, const Args& args) {
  if (!check_no_args(args, "time.time")) return nullptr;
  return make_float(vm_time());
}

Value time_time_ns(const Value&, const Args& args) {
  if (!check_no_args(args, "time.time_ns")) return nullptr;
  return int_from_int64(static_cast<std::int64_t>(vm_time() * 1e9));
}

Value time_monotonic(const Value&, const Args& args) {
  if (!check_no_args(args, "time.monotonic")) return nullptr;
  return make_float(vm_monotonic());
}

Value time_perf_counter(const Value&, const Args& args) {
  if (!check_no_args(args, "time.perf_counter")) return nullptr;
  return make_float(vm_monotonic());
}

Value time_monotonic_ns(const Value&, const Args& args) {
  if (!check_no_args(args, "time.monotonic_ns")) return nullptr;
  return int_from_int64(static_cast<std::int64_t>(vm_monotonic() * 1e9));
}

Value time_sleep(const Value&, const Args& args) {
  if (!check_one_arg(args, "time.sleep")) return nullptr;
  double seconds;
  if (is_float(args[0])) {
    seconds = float_value_of(args[0]);
    if (std::isnan(seconds)) return raise_value_error("Invalid value NaN (not a number)");
  } else {
    std::int64_t whole;
    if (!to_index(args[0], whole)) {
      if (error_matches(overflow_error_type)) {
        clear_error();
        return raise(overflow_error_type, "timestamp too large to convert to C _PyTime_t");
      }
      return nullptr;
    }
    seconds = static_cast<double>(whole);
  }
  if (seconds < 0) return raise_value_error("sleep length must be non-negative");
  if (seconds > 9.2e9) return raise(overflow_error_type, "timestamp too large to convert to C _PyTime_t");
  return vm_sleep(seconds);
}

}  // namespace

Ref<ModuleObject> make_time_module() {
  Ref<ModuleObject> time = make_module("time");
  add_functions(*time, {
                           {"time", time_time},
                           {"time_ns", time_time_ns},
                           {"monotonic", time_monotonic},
                           {"monotonic_ns", time_monotonic_ns},
                           {"perf_counter", time_perf_counter},
                           {"sleep", time_sleep},
                       });
  return time;
}

}  // namespace py
