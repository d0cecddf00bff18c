// asyncio.Task for Python code: a core/loop task whose C++ coroutine (the driver) resumes the
// Python coroutine and co_awaits what it yields — a Future, a sleep, or a bare yield — so core/loop
// schedules Python tasks exactly as it schedules its own.
#pragma once

#include "loop/task.hpp"
#include "python/asyncio/future_object.hpp"

namespace py {

extern Type* task_type;

struct TaskObject;

// The core/loop side of a Python task, pointing back at it (weakly; the Python object owns it).
class PyTaskCore final : public aio::TaskBase {
 public:
  PyTaskCore(aio::EventLoop& loop, aio::Coro<void> driver, std::string name, TaskObject* owner);
  // Reports "Task exception was never retrieved" as CPython does when a failed task nobody asked
  // about goes away.
  ~PyTaskCore() override;
  TaskObject* owner;
  // What its repr needs once the Python task is gone (the task usually dies as its coroutine ends,
  // before core/loop has stored the exception): "Task", and the coroutine's description.
  std::string orphan_type_name;
  std::string orphan_coro;

 private:
  std::exception_ptr root_error() override;
  void store_root_result() override {}
};

struct TaskObject : FutureObject {
  TaskObject(Type* type, Value loop, Value coro);
  ~TaskObject() override;
  Value coro;  // the Python coroutine (or a native one) the task drives
  // Whether "Task was destroyed but it is pending!" is reported for it (run_until_complete's own
  // task is not).
  bool log_destroy_pending = true;
  PyTaskCore& task_core() const { return static_cast<PyTaskCore&>(*core); }
};

inline bool is_task(const Value& v) { return v.is_object() && v.type()->is_subtype_of(task_type); }
inline TaskObject* as_task(const Value& v) { return static_cast<TaskObject*>(v.object()); }

// loop.create_task(coro, name=None): TypeError "a coroutine was expected, got 1" otherwise.
Value create_task(const Value& loop, const Value& coro, const Value& name);
void set_log_destroy_pending(const Value& future, bool on);
// The Python task behind a core task, or nullptr.
TaskObject* python_task_of(const aio::FutureBase* core);
// The set of `loop`'s tasks not done yet (asyncio.all_tasks()).
Value pending_tasks_set(LoopObject* loop);
// The Python task being stepped on `loop`, or an empty Value.
Value current_python_task(LoopObject* loop);
// `<Task pending name='Task-1' coro=<main() running at main.py:6>>`.
bool task_repr_text(TaskObject* task, std::string& out);
// "main() running at main.py:24" (asyncio's coroutines._format_coroutine()).
std::string format_coroutine(const Value& coro);

void init_task_type();

}  // namespace py
