// asyncio.sleep(delay, result=None): a native coroutine. sleep(0) yields bare (the task gives
// way for one iteration, as asyncio's __sleep0()); a positive delay yields the coroutine itself,
// which its task recognises and turns into core/loop's sleep (no future, no handle).
#pragma once

#include "python/object.hpp"

namespace py {

// asyncio.sleep(delay, result=None) as a module function.
Value asyncio_sleep(const Value& module, const Args& args);
// The delay a task must sleep for when its coroutine yielded `v`, or nullptr when `v` is not a
// sleep.
const double* sleep_delay(const Value& v);

}  // namespace py
