// asyncio.Handle and asyncio.TimerHandle: what loop.call_soon/call_later/call_at return.
#pragma once

#include <memory>
#include <vector>

#include "loop/event_loop.hpp"
#include "loop/future.hpp"
#include "python/asyncio/stdlib_frames.hpp"
#include "python/object.hpp"

namespace py {

extern Type* handle_type;
extern Type* timer_handle_type;

struct HandleObject : Object {
  HandleObject(Type* type, Value fn, std::vector<Value> args);
  Value fn;
  std::vector<Value> args;
  aio::Ref<aio::Handle> core;  // a TimerHandle for timer_handle_type
  // What the scheduled core callback holds: this handle, until it runs or is cancelled (then the
  // reference cycle between the two is gone).
  std::shared_ptr<Value> pending = std::make_shared<Value>();
};

// Schedules fn(*args) on `loop` (a LoopObject) now, or at loop time `when` when given. On a closed
// loop: RuntimeError, raised in CPython's frames `frames_if_closed`.
Value schedule_call(const Value& loop, Value fn, std::vector<Value> args, const double* when,
                    std::initializer_list<const StdlibFrame*> frames_if_closed);

void init_handle_types();

}  // namespace py
