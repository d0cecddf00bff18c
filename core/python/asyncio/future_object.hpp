// asyncio.Future for Python code, on a core/loop future: core/loop keeps the state, the
// done-callbacks and the cancellation; this object keeps the Python result and the loop object.
#pragma once

#include <optional>
#include <string>

#include "loop/future.hpp"
#include "python/exception_object.hpp"
#include "python/object.hpp"

namespace py {

struct FutureObject;
struct LoopObject;

extern Type* future_type;

// The core/loop future behind a Python Future, pointing back at it (weakly: the Python object
// owns the core future) so that reprs and callbacks can find the Python side.
class PyFutureCore final : public aio::FutureBase {
 public:
  PyFutureCore(aio::EventLoop& loop, FutureObject* owner) : aio::FutureBase(loop), owner(owner) {}
  // A task cancelling the future it waits on calls the Python cancel() of a Future subclass
  // (_GatheringFuture cancels its children instead of itself), as asyncio's Task.cancel() does.
  bool cancel(std::optional<std::string> msg = std::nullopt) override;
  bool cancel_self(std::optional<std::string> msg) { return aio::FutureBase::cancel(std::move(msg)); }
  FutureObject* owner;
};

struct FutureObject : Object {
  FutureObject(Type* type, Value loop);
  ~FutureObject() override;

  aio::Ref<aio::FutureBase> core;  // a PyFutureCore, or a task's core (task_object.hpp)
  Value loop;                      // the LoopObject
  Value result;                    // set when it finished with a result
  bool blocking = false;           // asyncio's _asyncio_future_blocking

  LoopObject* loop_object() const;
};

inline bool is_future(const Value& v) { return v.is_object() && v.type()->is_subtype_of(future_type); }
inline FutureObject* as_future(const Value& v) { return static_cast<FutureObject*>(v.object()); }

// A new pending future on `loop` (loop.create_future()).
Value make_future(const Value& loop, Type* type = nullptr);
// The Python object behind a core future (a Future or a Task), or nullptr when it has none.
FutureObject* python_future_of(const aio::FutureBase* core);

// Completing from C++: InvalidStateError "invalid state" when already done.
bool future_set_result(FutureObject* fut, Value result);
bool future_set_exception(FutureObject* fut, Ref<BaseExceptionObject> exc);
// fut.result(): the result, or raises (CancelledError, InvalidStateError, the exception).
Value future_result(FutureObject* fut);
// fut.add_done_callback(fn): fn(fut) is scheduled when the future is done.
void future_add_done_callback(FutureObject* fut, Value fn);
// A done-callback written in C++, shown in reprs as `description` (CPython's text for the
// asyncio function it stands for, e.g. "_wait.<locals>._on_completion() at asyncio/tasks.py:519").
using NativeDoneCallback = void (*)(const Value& state, FutureObject* fut);
aio::Ref<aio::Callback> add_native_done_callback(FutureObject* fut, NativeDoneCallback fn, Value state,
                                                 const char* description);

// "<Future pending cb=[...]>" and the pieces tasks reuse.
std::string future_state_name(const FutureObject* fut);  // "pending", "cancelled", "finished"
bool future_repr_info(FutureObject* fut, std::string& out);  // "pending cb=[...]", "finished result=3"
std::string format_callbacks(const aio::CallbackList& callbacks);

void init_future_type();

}  // namespace py
