#include "python/asyncio/sleep.hpp"

#include <cmath>

#include "python/args.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/stdlib_frames.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"

namespace py {
namespace {

// Where CPython 3.11.7's sleep() is suspended: `await __sleep0()` or `return await future`.
const char* delay_running_at(double delay) { return delay > 0 ? "asyncio/tasks.py:649" : "asyncio/tasks.py:640"; }

struct SleepCoroutine final : NativeCoroutineObject {
  SleepCoroutine(double d, Value r)
      : NativeCoroutineObject("sleep", delay_running_at(d), "asyncio/tasks.py:637"), delay(d), result(std::move(r)) {}

  Value resume(const Value&) override {
    if (!yielded) {
      yielded = true;
      // The yielded object tells the task what to do: None for one bare iteration, else this sleep.
      return delay > 0 ? Value::borrow(this) : none();
    }
    return coroutine_return(this, result);
  }

  Value throw_in(Ref<BaseExceptionObject> exc) override {
    Value r = NativeCoroutineObject::throw_in(std::move(exc));
    if (!r && yielded) {
      if (delay > 0) add_stdlib_frames({&stdlib_frame::sleep_await_future});
      else add_stdlib_frames({&stdlib_frame::sleep_await_sleep0, &stdlib_frame::sleep0_yield});
    }
    return r;
  }

  double delay;
  Value result;
  bool yielded = false;
};

}  // namespace

Value asyncio_sleep(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "sleep", .names = {"delay", "result"}, .minpos = 1};
  Value params[2];
  if (!parse_args(args, spec, params)) return nullptr;
  double delay = 0;
  if (!to_double(params[0], delay)) return nullptr;
  if (std::isnan(delay)) delay = 0;
  return make<SleepCoroutine>(delay, params[1] ? params[1] : none());
}

const double* sleep_delay(const Value& v) {
  if (!is_native_coroutine(v)) return nullptr;
  auto* sleep = dynamic_cast<SleepCoroutine*>(as_native_coroutine(v));
  return sleep != nullptr ? &sleep->delay : nullptr;
}

}  // namespace py
