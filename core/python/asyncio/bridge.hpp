// Errors crossing between Python and core/loop. core/loop carries errors as std::exception_ptr and
// knows CancelledError and KeyboardInterrupt as C++ types; Python code sees exception objects.
// A Python exception travels through core/loop wrapped in one of the types below, so the very
// same exception object comes out on the other side (a task re-raises the CancelledError its
// coroutine raised, as asyncio does).
#pragma once

#include <exception>

#include "loop/errors.hpp"
#include "python/exception_object.hpp"

namespace py {

extern Type* cancelled_error_type;      // asyncio.CancelledError (a BaseException)
extern Type* invalid_state_error_type;  // asyncio.InvalidStateError

// Any Python exception other than CancelledError and KeyboardInterrupt.
struct PythonError {
  Ref<BaseExceptionObject> exc;
};
// A Python CancelledError, seen by core/loop as a cancellation.
struct PythonCancelled : aio::CancelledError {
  explicit PythonCancelled(Ref<BaseExceptionObject> e);
  Ref<BaseExceptionObject> exc;
};
// A Python KeyboardInterrupt (or SystemExit) raised in a task: core/loop propagates it out of the
// loop, as asyncio's Task.__step re-raises them.
struct PythonInterrupt : aio::KeyboardInterrupt {
  Ref<BaseExceptionObject> exc;
};

// Wraps the current Python exception (which it clears) for core/loop.
std::exception_ptr take_error_as_exception_ptr();
std::exception_ptr to_exception_ptr(Ref<BaseExceptionObject> exc);
// The Python exception an error from core/loop stands for (new CancelledError, InvalidStateError,
// TimeoutError or RuntimeError objects for core/loop's own errors).
Ref<BaseExceptionObject> to_python_exception(const std::exception_ptr& error);
// Raises it (sets the current exception) and returns an empty Value.
Value raise_exception_ptr(const std::exception_ptr& error);

// A new asyncio.CancelledError carrying cancel(msg)'s message, if any.
Ref<BaseExceptionObject> make_cancelled_error(const std::optional<std::string>& message);
// The cancel message a Python CancelledError carries (its first argument, when a str).
std::optional<std::string> cancel_message_of(BaseExceptionObject* exc);

}  // namespace py
