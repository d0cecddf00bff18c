#include "python/asyncio/task_object.hpp"

#include "python/asyncio/stdlib_frames.hpp"

#include "loop/sleep.hpp"
#include "python/args.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/callback_format.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/sleep.hpp"
#include "python/code.hpp"
#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/generator_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/str_object.hpp"
#include "python/heap.hpp"
#include "python/traceback_print.hpp"

namespace py {

Type* task_type = nullptr;

namespace {

enum class Resumed { yielded, returned, raised };

// One step of the task's coroutine: send None, or throw `exc` in.
Resumed resume_coroutine(const Value& coro, Ref<BaseExceptionObject> exc, Value& out) {
  if (is_generator_object(coro)) {
    GeneratorObject* gen = as_generator(coro);
    GenStatus status = exc ? gen_throw(gen, std::move(exc), out) : gen_send(gen, none(), out);
    return status == GenStatus::yielded ? Resumed::yielded
           : status == GenStatus::returned ? Resumed::returned
                                           : Resumed::raised;
  }
  Value v;
  if (is_native_coroutine(coro)) {
    NativeCoroutineObject* native = as_native_coroutine(coro);
    native->started = true;
    v = exc ? native->throw_in(std::move(exc)) : native->resume(none());
  } else {
    // An async generator's asend() or athrow() awaitable.
    v = exc ? call_method(coro, "throw", {Value(std::move(exc))}) : coro.type()->next(coro);
    if (!v && !error_occurred()) raise_no_args(stop_iteration_type);
  }
  if (v) {
    out = std::move(v);
    return Resumed::yielded;
  }
  if (!error_matches(stop_iteration_type)) return Resumed::raised;
  Ref<BaseExceptionObject> stop = fetch_error();
  out = stop->value ? stop->value : (!stop->args->items.empty() ? stop->args->items[0] : none());
  return Resumed::returned;
}

// Waits for a Python future to be done, then hands back what the task was woken with: the
// future's exception or cancellation (asyncio's Task.__wakeup throws it into the coroutine), or
// null when the coroutine should simply be resumed.
class AwaitDone {
 public:
  explicit AwaitDone(aio::FutureBase& fut) : fut_(fut) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(aio::coro::coroutine_handle<> h) { aio::suspend_current_task_on(fut_, h); }
  std::exception_ptr await_resume() {
    aio::TaskBase* task = fut_.loop().current_task();
    return task != nullptr ? task->take_resume_exception() : nullptr;
  }

 private:
  aio::FutureBase& fut_;
};

// A sleep or a bare yield that hands back, as AwaitDone does, the exception the task was woken
// with (its cancellation) instead of throwing it from await_resume: Emscripten 3.1.6's clang does
// not catch an exception thrown there by the driver's try block under -fwasm-exceptions (the task
// hung, cancelling, in the browser), and a value needs no unwinding at all.
template <class Awaiter>
class WokenWith {
 public:
  explicit WokenWith(Awaiter inner) : inner_(std::move(inner)) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(aio::coro::coroutine_handle<> h) { inner_.await_suspend(h); }
  std::exception_ptr await_resume() {
    aio::TaskBase* task = aio::get_running_loop().current_task();
    return task != nullptr ? task->take_resume_exception() : nullptr;
  }

 private:
  Awaiter inner_;
};

// Closes the task's coroutine if the task ends before ever running it (cancelled first), as
// CPython's coro.throw() into a new coroutine does: no "never awaited" warning for it.
struct CloseUnstarted {
  Value coro;
  CloseUnstarted(Value c) : coro(std::move(c)) {}  // NOLINT: passed by value into the driver
  CloseUnstarted(CloseUnstarted&& o) noexcept = default;
  ~CloseUnstarted() {
    if (detail::heap_teardown) return;  // the run is over: the heap frees the coroutine, maybe already
    if (coro && is_generator_object(coro) && !as_generator(coro)->started()) gen_close(as_generator(coro));
    if (coro && is_native_coroutine(coro)) as_native_coroutine(coro)->started = true;
  }
};

Ref<BaseExceptionObject> runtime_error(std::string message) {
  Value exc = make_exception(runtime_error_type, {make_str(std::move(message))});
  return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
}

// The task's C++ coroutine: asyncio's Task.__step / __wakeup loop.
aio::Coro<void> drive(Value task_value, CloseUnstarted guard) {
  Ref<BaseExceptionObject> throw_in;
  for (;;) {
    TaskObject* task = as_task(task_value);
    Value yielded;
    switch (resume_coroutine(task->coro, std::move(throw_in), yielded)) {
      case Resumed::returned:
        task->result = std::move(yielded);
        co_return;
      case Resumed::raised:
        std::rethrow_exception(take_error_as_exception_ptr());
      case Resumed::yielded:
        break;
    }
    std::exception_ptr woken_with;
    if (is_future(yielded) && as_future(yielded)->blocking) {
      FutureObject* fut = as_future(yielded);
      fut->blocking = false;
      if (fut == task) {
        throw_in = runtime_error("Task cannot await on itself: " + repr_or_placeholder(task_value));
      } else if (fut->loop_object() != task->loop_object()) {
        throw_in = runtime_error("Task " + repr_or_placeholder(task_value) + " got Future " +
                                 repr_or_placeholder(yielded) + " attached to a different loop");
      } else {
        aio::Ref<aio::FutureBase> core = fut->core;
        woken_with = co_await AwaitDone(*core);
      }
    } else if (is_none(yielded)) {
      woken_with = co_await WokenWith(aio::yield_now());
    } else if (const double* delay = sleep_delay(yielded)) {
      woken_with = co_await WokenWith(aio::sleep(*delay));
    } else if (is_future(yielded)) {
      throw_in = runtime_error("yield was used instead of yield from in task " + repr_or_placeholder(task_value) +
                               " with " + repr_or_placeholder(yielded));
    } else {
      throw_in = runtime_error("Task got bad yield: " + repr_or_placeholder(yielded));
    }
    if (woken_with) throw_in = to_python_exception(woken_with);
  }
}

TaskObject* self_task(const Value& self) { return as_task(self); }

Value task_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "Task", .names = {"coro", "loop", "name", "context"}, .minpos = 1, .maxpos = 1};
  Value params[4];
  if (!parse_args(args, spec, params)) return nullptr;
  Value loop = params[1] && !is_none(params[1]) ? params[1] : get_event_loop();
  if (!loop) return nullptr;
  (void)type;
  return create_task(loop, params[0], params[2]);
}

bool task_init(const Value&, const Args&) { return true; }

Value task_get_name(const Value& self, const Args& args) {
  if (!check_no_args(args, "get_name")) return nullptr;
  return make_str(self_task(self)->task_core().name());
}

Value task_set_name(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set_name")) return nullptr;
  std::string name;
  if (!str_string(args[0], name)) return nullptr;
  self_task(self)->task_core().set_name(std::move(name));
  return none();
}

Value task_get_coro(const Value& self, const Args& args) {
  if (!check_no_args(args, "get_coro")) return nullptr;
  return self_task(self)->coro;
}

Value task_cancelling(const Value& self, const Args& args) {
  if (!check_no_args(args, "cancelling")) return nullptr;
  return int_from_int64(self_task(self)->task_core().cancelling());
}

Value task_uncancel(const Value& self, const Args& args) {
  if (!check_no_args(args, "uncancel")) return nullptr;
  return int_from_int64(self_task(self)->task_core().uncancel());
}

Value task_repr(const Value& self) {
  std::string text;
  if (!task_repr_text(self_task(self), text)) return nullptr;
  return make_str(std::move(text));
}

// asyncio.Task.all_tasks(), removed in Python 3.9: the tutorial calls it, so it works as 3.8's
// did and warns with the modern spelling.
Value task_all_tasks_compat(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "all_tasks", .names = {"loop"}};
  Value loop_arg[1];
  if (!parse_args(args, spec, loop_arg)) return nullptr;
  warn_at_current_line(deprecation_warning_type, "Task.all_tasks() is deprecated, use asyncio.all_tasks() instead",
                       false);
  Value loop = loop_arg[0] && !is_none(loop_arg[0]) ? loop_arg[0] : get_event_loop();
  if (!loop) return nullptr;
  return pending_tasks_set(as_loop(loop));
}

std::string sleep_wait_for(const aio::TaskBase& core) {
  switch (core.sleep_state()) {
    case aio::TaskBase::SleepState::pending: return "<Future pending cb=[Task.task_wakeup()]>";
    case aio::TaskBase::SleepState::finished: return "<Future finished result=None>";
    case aio::TaskBase::SleepState::cancelled: return "<Future cancelled>";
    case aio::TaskBase::SleepState::none: break;
  }
  return {};
}

}  // namespace

PyTaskCore::PyTaskCore(aio::EventLoop& loop, aio::Coro<void> driver, std::string name, TaskObject* owner_task)
    : aio::TaskBase(loop, driver.release(), std::move(name)), owner(owner_task) {}

std::exception_ptr PyTaskCore::root_error() {
  return aio::Coro<void>::Handle::from_address(root_address()).promise().error;
}

TaskObject::TaskObject(Type* type, Value loop_value, Value coro_value)
    : FutureObject(type, std::move(loop_value)), coro(std::move(coro_value)) {}

TaskObject::~TaskObject() {
  if (!core) return;
  PyTaskCore& t = task_core();
  t.owner = nullptr;
  t.orphan_type_name = type()->name;
  t.orphan_coro = format_coroutine(coro);
}

PyTaskCore::~PyTaskCore() {
  Heap* heap = Heap::current();
  if (!log_traceback_ || !peek_exception() || heap == nullptr || heap->tearing_down() || owner != nullptr) return;
  log_traceback_ = false;
  Ref<BaseExceptionObject> exc = to_python_exception(peek_exception());
  report_loop_error("Task exception was never retrieved", "future",
                    "<" + orphan_type_name + " finished name='" + name() + "' coro=<" + orphan_coro +
                        "> exception=" + repr_or_placeholder(Value(exc)) + ">",
                    exc.get());
}

Value create_task(const Value& loop, const Value& coro, const Value& name) {
  if (!is_coroutine_object(coro)) {
    std::string text;
    if (!repr_string(coro, text)) return nullptr;
    return raise_type_error("a coroutine was expected, got " + text);
  }
  std::string task_name;
  if (name && !is_none(name) && !str_string(name, task_name)) return nullptr;
  LoopObject* lo = as_loop(loop);
  if (lo->loop->is_closed()) {
    raise_runtime_error("Event loop is closed");
    add_stdlib_frames({&stdlib_frame::create_task_check_closed, &stdlib_frame::check_closed_raise}, coro);
    return nullptr;
  }
  Ref<TaskObject> task = make<TaskObject>(task_type, loop, coro);
  auto* core = new PyTaskCore(*lo->loop, drive(Value(task), CloseUnstarted(coro)), std::move(task_name), task.get());
  task->core = aio::Ref<aio::FutureBase>(core);
  core->launch();
  return task;
}

void set_log_destroy_pending(const Value& future, bool on) {
  if (is_task(future)) as_task(future)->log_destroy_pending = on;
}

TaskObject* python_task_of(const aio::FutureBase* core) {
  if (auto* task = dynamic_cast<const PyTaskCore*>(core)) return task->owner;
  return nullptr;
}

Value pending_tasks_set(LoopObject* loop) {
  Ref<SetObject> tasks = make_set();
  for (const aio::Ref<aio::TaskBase>& t : loop->loop->all_tasks()) {
    if (TaskObject* task = python_task_of(t.get())) {
      if (!set_add(tasks.get(), Value::borrow(task))) return nullptr;
    }
  }
  return tasks;
}

Value current_python_task(LoopObject* loop) {
  if (TaskObject* task = python_task_of(loop->loop->current_task())) return Value::borrow(task);
  return Value();
}

std::string format_coroutine(const Value& coro) {
  if (is_native_coroutine(coro)) {
    NativeCoroutineObject* c = as_native_coroutine(coro);
    return std::string(c->qualname) + "() " + (c->finished ? std::string("done, defined at ") + c->defined_at
                                                          : std::string("running at ") + c->running_at);
  }
  if (!is_generator_object(coro)) return repr_or_placeholder(coro);
  GeneratorObject* gen = as_generator(coro);
  std::string text = gen->qualname->text() + "() ";
  const std::string& file = gen->code->filename->text();
  if (gen->finished()) return text + "done, defined at " + file + ":" + std::to_string(gen->code->firstlineno);
  int line = gen->started() ? gen->frame->line() : gen->code->firstlineno;
  return text + "running at " + file + ":" + std::to_string(line);
}

bool task_repr_text(TaskObject* task, std::string& out) {
  PyTaskCore& core = task->task_core();
  std::string state = future_state_name(task);
  if (core.cancelling() > 0 && !core.done()) state = "cancelling";
  out = "<" + task->type()->name + " " + state + " name='" + core.name() + "' coro=<" + format_coroutine(task->coro) + ">";
  if (aio::FutureBase* waiter = core.waiting_on()) {
    if (FutureObject* fut = python_future_of(waiter)) {
      std::string text;
      if (!repr_string(Value::borrow(fut), text)) return false;
      out += " wait_for=" + text;
    }
  } else if (std::string sleeping = sleep_wait_for(core); !sleeping.empty()) {
    out += " wait_for=" + sleeping;
  }
  std::string info;
  if (!future_repr_info(task, info)) return false;
  // future_repr_info starts with the state, which is already printed.
  std::size_t space = info.find(' ');
  if (space != std::string::npos) out += info.substr(space);
  out += ">";
  return true;
}

namespace {

// A task's outcome is its coroutine's: CPython's Task refuses to be completed from outside.
Value task_set_result(const Value&, const Args&) {
  return raise_runtime_error("Task does not support set_result operation");
}

Value task_set_exception(const Value&, const Args&) {
  return raise_runtime_error("Task does not support set_exception operation");
}

}  // namespace

void init_task_type() {
  task_type = new_module_type("Task", "_asyncio", Type::kBaseType, future_type);
  task_type->new_instance = task_new;
  task_type->init = task_init;
  task_type->repr = task_repr;
  finish_module_type(task_type);
  add_method(task_type, "get_name", task_get_name);
  add_method(task_type, "set_name", task_set_name);
  add_method(task_type, "get_coro", task_get_coro);
  add_method(task_type, "cancelling", task_cancelling);
  add_method(task_type, "uncancel", task_uncancel);
  add_method(task_type, "set_result", task_set_result);
  add_method(task_type, "set_exception", task_set_exception);
  task_type->dict->set_str(intern("all_tasks"), make_staticmethod(make_builtin("all_tasks", task_all_tasks_compat)));
}

}  // namespace py
