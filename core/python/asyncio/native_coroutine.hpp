// Coroutine objects written in C++: what asyncio.sleep(), asyncio.wait() and as_completed()'s
// waits return. Python sees `<coroutine object sleep at 0x...>`, awaits them like any coroutine,
// and a task shows where CPython's own coroutine would be (`wait() running at
// asyncio/tasks.py:428`) — reprs learners compare with CPython's.
#pragma once

#include "python/exception_object.hpp"
#include "python/object.hpp"

namespace py {

extern Type* native_coroutine_type;

struct NativeCoroutineObject : Object {
  // qualname: "sleep"; running_at / defined_at: CPython 3.11.7's locations of that coroutine
  // ("asyncio/tasks.py:428" while suspended, "asyncio/tasks.py:418" for its definition).
  NativeCoroutineObject(const char* qualname, const char* running_at, const char* defined_at);
  ~NativeCoroutineObject() override;

  // One resumption with `sent` (None for next()): the value to yield, or an empty Value with
  // StopIteration(result) set to return, or with another exception set to raise.
  virtual Value resume(const Value& sent) = 0;
  // An exception thrown in at the suspension point; by default it propagates.
  virtual Value throw_in(Ref<BaseExceptionObject> exc);

  const char* qualname;
  const char* running_at;
  const char* defined_at;
  bool started = false;
  bool finished = false;
};

inline bool is_native_coroutine(const Value& v) { return v.is_object() && v.type() == native_coroutine_type; }
inline NativeCoroutineObject* as_native_coroutine(const Value& v) {
  return static_cast<NativeCoroutineObject*>(v.object());
}

// asyncio.iscoroutine(): a Python coroutine or generator object, or a native coroutine.
bool is_coroutine_object(const Value& v);

// Ends a native coroutine's resume() with `result` (StopIteration(result)).
Value coroutine_return(NativeCoroutineObject* coro, Value result);

void init_native_coroutine_type();

}  // namespace py
