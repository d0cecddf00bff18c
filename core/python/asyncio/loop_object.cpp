#include "python/asyncio/loop_object.hpp"

#include "python/asyncio/stdlib_frames.hpp"

#include <cmath>
#include <limits>

#include "loop/task.hpp"
#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/callback_format.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_asyncgens.hpp"
#include "python/asyncio/handle_object.hpp"
#include "python/asyncio/loop_run.hpp"
#include "python/asyncio/loop_trace.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/errors.hpp"
#include "python/run_trace.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/traceback_print.hpp"
#include "python/vm.hpp"

namespace py {

Type* loop_type = nullptr;

namespace {

LoopObject* self_loop(const Value& self) { return as_loop(self); }

// CPython's _check_closed() and _check_running(), called from the frame `check_closed` and
// `check_running` stand for; `argument` stays alive in the traceback as that frame's local.
Value check_can_run(LoopObject* lo, const StdlibFrame& check_closed, const StdlibFrame& check_running,
                    const Value& argument = Value()) {
  if (lo->loop->is_closed()) {
    raise_runtime_error("Event loop is closed");
    add_stdlib_frames({&check_closed, &stdlib_frame::check_closed_raise}, argument);
    return nullptr;
  }
  if (lo->loop->is_running()) {
    raise_runtime_error("This event loop is already running");
    add_stdlib_frames({&check_running, &stdlib_frame::check_running_raise}, argument);
    return nullptr;
  }
  if (aio::running_loop() != nullptr) {
    raise_runtime_error("Cannot run the event loop while another loop is running");
    add_stdlib_frames({&check_running, &stdlib_frame::check_running_raise_other_loop}, argument);
    return nullptr;
  }
  return none();
}

Value loop_shutdown_asyncgens(const Value& self, const Args& args) {
  if (!check_no_args(args, "shutdown_asyncgens")) return nullptr;
  return shutdown_asyncgens_coroutine(self);
}

Value loop_run_until_complete(const Value& self, const Args& args) {
  if (!check_one_arg(args, "run_until_complete")) return nullptr;
  LoopObject* lo = self_loop(self);
  if (!check_can_run(lo, stdlib_frame::run_until_complete_check_closed, stdlib_frame::run_until_complete_check_running,
                     args[0])) {
    return nullptr;
  }
  Value future = args[0];
  const bool new_task = !is_future(future);
  future = ensure_future(future, self);
  if (!future) return nullptr;
  if (as_future(future)->loop_object() != lo) {
    return raise_value_error("The future belongs to a different loop than the one specified as the loop argument");
  }
  if (new_task) set_log_destroy_pending(future, false);
  return vm_suspend(make_loop_run(self, future));
}

Value loop_run_forever(const Value& self, const Args& args) {
  if (!check_no_args(args, "run_forever")) return nullptr;
  if (!check_can_run(self_loop(self), stdlib_frame::run_forever_check_closed, stdlib_frame::run_forever_check_running)) {
    return nullptr;
  }
  return vm_suspend(make_loop_run(self, Value()));
}

Value loop_stop(const Value& self, const Args& args) {
  if (!check_no_args(args, "stop")) return nullptr;
  self_loop(self)->loop->stop();
  return none();
}

Value loop_close(const Value& self, const Args& args) {
  if (!check_no_args(args, "close")) return nullptr;
  LoopObject* lo = self_loop(self);
  if (lo->loop->is_running()) return raise_runtime_error("Cannot close a running event loop");
  lo->loop->close();
  return none();
}

Value loop_is_closed(const Value& self, const Args& args) {
  if (!check_no_args(args, "is_closed")) return nullptr;
  return py_bool(self_loop(self)->loop->is_closed());
}

Value loop_is_running(const Value& self, const Args& args) {
  if (!check_no_args(args, "is_running")) return nullptr;
  return py_bool(self_loop(self)->loop->is_running());
}

Value loop_time(const Value& self, const Args& args) {
  if (!check_no_args(args, "time")) return nullptr;
  return make_float(self_loop(self)->loop->time());
}

Value loop_create_future(const Value& self, const Args& args) {
  if (!check_no_args(args, "create_future")) return nullptr;
  return make_future(self);
}

Value loop_create_task(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "create_task", .names = {"coro", "name", "context"}, .minpos = 1, .maxpos = 1};
  Value params[3];
  if (!parse_args(args, spec, params)) return nullptr;
  return create_task(self, params[0], params[1]);
}

// call_soon(callback, *args, context=None) and its timed forms: `leading` arguments before the
// callback (the delay or the time).
bool split_call_args(const Args& args, const char* fname, std::size_t leading, Value& fn, std::vector<Value>& rest) {
  for (StrObject* name : args.kw_names) {
    if (name->view() != "context") {
      raise_format(type_error_type, "%s() got an unexpected keyword argument '%s'", fname, name->text().c_str());
      return false;
    }
  }
  if (args.size() < leading + 1) {
    raise_format(type_error_type, "%s() missing %zu required positional argument%s", fname, leading + 1 - args.size(),
                 leading + 1 - args.size() == 1 ? "" : "s");
    return false;
  }
  fn = args[leading];
  if (!is_callable(fn)) {
    raise_format(type_error_type, "a callable object was expected by %s(), got %s", fname,
                 [&] {
                   std::string text;
                   if (!repr_string(fn, text)) clear_error();
                   return text;
                 }()
                     .c_str());
    return false;
  }
  rest.assign(args.pos.begin() + static_cast<std::ptrdiff_t>(leading) + 1, args.pos.end());
  return true;
}

Value loop_call_soon(const Value& self, const Args& args) {
  Value fn;
  std::vector<Value> rest;
  if (!split_call_args(args, "call_soon", 0, fn, rest)) return nullptr;
  return schedule_call(self, std::move(fn), std::move(rest), nullptr,
                       {&stdlib_frame::call_soon_check_closed, &stdlib_frame::check_closed_raise});
}

Value loop_call_at(const Value& self, const Args& args) {
  Value fn;
  std::vector<Value> rest;
  if (!split_call_args(args, "call_at", 1, fn, rest)) return nullptr;
  double when = 0;
  if (!to_double(args[0], when)) return nullptr;
  return schedule_call(self, std::move(fn), std::move(rest), &when,
                       {&stdlib_frame::call_at_check_closed, &stdlib_frame::check_closed_raise});
}

Value loop_call_later(const Value& self, const Args& args) {
  Value fn;
  std::vector<Value> rest;
  if (!split_call_args(args, "call_later", 1, fn, rest)) return nullptr;
  double delay = 0;
  if (!to_double(args[0], delay)) return nullptr;
  double when = self_loop(self)->loop->time() + delay;
  return schedule_call(self, std::move(fn), std::move(rest), &when,
                       {&stdlib_frame::call_later_call_at, &stdlib_frame::call_at_check_closed,
                        &stdlib_frame::check_closed_raise});
}

Value loop_get_debug(const Value&, const Args& args) {
  if (!check_no_args(args, "get_debug")) return nullptr;
  return py_bool(false);
}

Value loop_repr(const Value& self) {
  aio::EventLoop& loop = *self_loop(self)->loop;
  return make_str(std::string("<_UnixSelectorEventLoop running=") + (loop.is_running() ? "True" : "False") +
                  " closed=" + (loop.is_closed() ? "True" : "False") + " debug=False>");
}

}  // namespace

LoopObject::LoopObject()
    : Object(loop_type), loop(std::make_unique<aio::EventLoop>(vm_clock())), asyncgens(std::make_unique<LoopAsyncGens>(*this)) {
  loop->set_task_counter(&asyncio_state()->task_counter);
  // core/loop reports unretrieved exceptions and pending tasks as its objects die, when their
  // Python side is already gone: the Python layer reports them itself (~PyTaskCore, the exit hook).
  loop->set_exception_handler([](const aio::ExceptionContext&) {});
  if (vm_trace().enabled()) loop->set_tracer(&loop_tracer());
}

LoopObject::~LoopObject() = default;

Value new_event_loop() {
  Ref<LoopObject> loop = make<LoopObject>();
  asyncio_state()->loops.push_back(Value(loop));
  return loop;
}

Value running_loop_object() {
  aio::EventLoop* running = aio::running_loop();
  if (running == nullptr) return Value();
  if (LoopObject* lo = loop_object_of(*running)) return Value::borrow(lo);
  return Value();
}

Value get_running_loop() {
  Value loop = running_loop_object();
  if (!loop) return raise_runtime_error("no running event loop");
  return loop;
}

Value get_event_loop() {
  if (Value running = running_loop_object()) return running;
  AsyncioModuleObject* state = asyncio_state();
  if (!state->current_loop) {
    Value loop = new_event_loop();
    if (!loop) return nullptr;
    state->current_loop = loop;
  }
  return state->current_loop;
}

void set_event_loop(Value loop) { asyncio_state()->current_loop = std::move(loop); }

LoopObject* loop_object_of(const aio::EventLoop& loop) {
  for (const Value& v : asyncio_state()->loops) {
    if (as_loop(v)->loop.get() == &loop) return as_loop(v);
  }
  return nullptr;
}

std::vector<Value> all_loops() { return asyncio_state()->loops; }

void report_callback_error(const Value& fn, std::span<const Value> args) {
  Type* type = current_error()->type();
  if (type->is_subtype_of(keyboard_interrupt_type) || type->is_subtype_of(system_exit_type)) {
    std::rethrow_exception(take_error_as_exception_ptr());
  }
  add_stdlib_frames({&stdlib_frame::handle_run_callback});
  Ref<BaseExceptionObject> exc = fetch_error();
  std::string callback = format_callback_source(fn, args);
  report_loop_error("Exception in callback " + callback, "handle", "<Handle " + callback + ">", exc.get());
}

void report_loop_error(const std::string& message, const char* key, const std::string& subject,
                       BaseExceptionObject* exc) {
  // Destructors report too ("Task exception was never retrieved" when a failed task goes away),
  // possibly while another exception propagates; formatting runs code (an AttributeError's "Did
  // you mean" calls dir()) that must neither see nor clear that one, as CPython's PyErr_Fetch /
  // PyErr_Restore around a finalizer.
  Ref<BaseExceptionObject> pending = fetch_error();
  std::string text = message + "\n" + key + ": " + subject + "\n";
  if (exc != nullptr) text += format_exception(exc);
  vm_write_stderr(text);
  clear_error();
  if (pending) restore_error(std::move(pending));
}

void init_loop_types() {
  loop_type = new_module_type("_UnixSelectorEventLoop", "asyncio.unix_events", Type::kBaseType);
  loop_type->repr = loop_repr;
  finish_module_type(loop_type);
  add_method(loop_type, "run_until_complete", loop_run_until_complete);
  add_method(loop_type, "run_forever", loop_run_forever);
  add_method(loop_type, "stop", loop_stop);
  add_method(loop_type, "close", loop_close);
  add_method(loop_type, "is_closed", loop_is_closed);
  add_method(loop_type, "is_running", loop_is_running);
  add_method(loop_type, "time", loop_time);
  add_method(loop_type, "create_future", loop_create_future);
  add_method(loop_type, "create_task", loop_create_task);
  add_method(loop_type, "call_soon", loop_call_soon);
  add_method(loop_type, "call_later", loop_call_later);
  add_method(loop_type, "call_at", loop_call_at);
  add_method(loop_type, "get_debug", loop_get_debug);
  add_method(loop_type, "shutdown_asyncgens", loop_shutdown_asyncgens);
}

}  // namespace py
