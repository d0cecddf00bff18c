#include "python/asyncio/future_object.hpp"

#include "python/args.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/callback_format.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* future_type = nullptr;

namespace {

Type* future_iter_type = nullptr;

// Python's add_done_callback(fn): calls fn(future). Holds the future so that fn gets the very
// object it was registered on; core/loop drops its callbacks once it has scheduled them, which
// breaks the cycle.
class PyDoneCallback final : public aio::Callback {
 public:
  PyDoneCallback(Value fn, Value future) : fn(std::move(fn)), future_(std::move(future)) {}
  void invoke(aio::FutureBase*) override {
    if (!call(fn, {future_})) report_callback_error(fn, std::span<const Value>(&future_, 1));
  }
  std::string describe() const override { return format_callback_source(fn, {}); }
  Value fn;

 private:
  Value future_;
};

class NativeCallback final : public aio::Callback {
 public:
  NativeCallback(NativeDoneCallback fn, Value state, Value future, const char* description)
      : fn_(fn), state_(std::move(state)), future_(std::move(future)), description_(description) {}
  void invoke(aio::FutureBase*) override { fn_(state_, as_future(future_)); }
  std::string describe() const override { return description_; }

 private:
  NativeDoneCallback fn_;
  Value state_;
  Value future_;
  const char* description_;
};

Value raise_invalid_state(const char* message) { return raise(invalid_state_error_type, message); }

FutureObject* self_future(const Value& self) { return as_future(self); }

// ---- methods ----

Value future_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "Future", .names = {"loop"}, .maxpos = 0};
  Value loop_arg[1];
  if (!parse_args(args, spec, loop_arg)) return nullptr;
  Value loop = loop_arg[0] && !is_none(loop_arg[0]) ? loop_arg[0] : get_event_loop();
  if (!loop) return nullptr;
  return make_future(loop, type);
}

bool future_init(const Value&, const Args&) { return true; }

Value future_result_method(const Value& self, const Args& args) {
  if (!check_no_args(args, "result")) return nullptr;
  return future_result(self_future(self));
}

Value future_exception_method(const Value& self, const Args& args) {
  if (!check_no_args(args, "exception")) return nullptr;
  aio::FutureBase& core = *self_future(self)->core;
  if (core.cancelled()) return raise_exception_ptr(core.make_cancelled_error());
  if (!core.done()) return raise_invalid_state("Exception is not set.");
  std::exception_ptr error = core.exception();
  if (!error) return none();
  return to_python_exception(error);
}

Value future_done(const Value& self, const Args& args) {
  if (!check_no_args(args, "done")) return nullptr;
  return py_bool(self_future(self)->core->done());
}

Value future_cancelled(const Value& self, const Args& args) {
  if (!check_no_args(args, "cancelled")) return nullptr;
  return py_bool(self_future(self)->core->cancelled());
}

Value future_cancel(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "cancel", .names = {"msg"}};
  Value msg[1];
  if (!parse_args(args, spec, msg)) return nullptr;
  std::optional<std::string> message;
  if (msg[0] && !is_none(msg[0])) {
    std::string text;
    if (!str_string(msg[0], text)) return nullptr;
    message = std::move(text);
  }
  aio::FutureBase& core = *self_future(self)->core;
  if (auto* own = dynamic_cast<PyFutureCore*>(&core)) return py_bool(own->cancel_self(std::move(message)));
  return py_bool(core.cancel(std::move(message)));
}

Value future_add_done_callback_method(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "add_done_callback", .names = {"fn", "context"}, .minpos = 1, .maxpos = 1};
  Value params[2];
  if (!parse_args(args, spec, params)) return nullptr;
  future_add_done_callback(self_future(self), params[0]);
  return none();
}

Value future_remove_done_callback(const Value& self, const Args& args) {
  if (!check_one_arg(args, "remove_done_callback")) return nullptr;
  aio::FutureBase& core = *self_future(self)->core;
  std::vector<const aio::Callback*> matching;
  const aio::CallbackList& callbacks = core.callbacks();
  for (std::size_t i = 0; i < callbacks.size(); i++) {
    auto* cb = dynamic_cast<const PyDoneCallback*>(callbacks[i].get());
    if (cb == nullptr) continue;
    int eq = equal(cb->fn, args[0]);
    if (eq < 0) return nullptr;
    if (eq) matching.push_back(cb);
  }
  std::size_t removed = 0;
  for (const aio::Callback* cb : matching) removed += core.remove_done_callback(cb);
  return int_from_int64(static_cast<std::int64_t>(removed));
}

Value future_set_result_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set_result")) return nullptr;
  if (!future_set_result(self_future(self), args[0])) return nullptr;
  return none();
}

Value future_set_exception_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "set_exception")) return nullptr;
  Value exc = args[0];
  if (isinstance_of(exc, type_type) && static_cast<Type*>(exc.object())->flags & Type::kIsException) {
    exc = call(exc, {});
    if (!exc) return nullptr;
  }
  if (!is_exception_instance(exc)) return raise_type_error("invalid exception object");
  if (exc.type()->is_subtype_of(stop_iteration_type)) {
    return raise_type_error("StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  Ref<BaseExceptionObject> e = Ref<BaseExceptionObject>::borrow(as_exception(exc));
  if (!future_set_exception(self_future(self), std::move(e))) return nullptr;
  return none();
}

Value future_get_loop(const Value& self, const Args& args) {
  if (!check_no_args(args, "get_loop")) return nullptr;
  return self_future(self)->loop;
}

Value future_repr(const Value& self) {
  std::string info;
  if (!future_repr_info(self_future(self), info)) return nullptr;
  return make_str("<" + self.type()->name + " " + info + ">");
}

Value future_get_blocking(const Value& self) { return py_bool(self_future(self)->blocking); }
bool future_set_blocking(const Value& self, const Value& value) {
  int t = truthy(value);
  if (t < 0) return false;
  self_future(self)->blocking = t != 0;
  return true;
}

// ---- await: yields the future until it is done, then returns its result ----

struct FutureIterObject : Object {
  explicit FutureIterObject(Value future) : Object(future_iter_type), future(std::move(future)) {}
  Value future;
};

Value future_await(const Value& self, const Args& args) {
  if (!check_no_args(args, "__await__")) return nullptr;
  return make<FutureIterObject>(self);
}

Value future_iter_next(const Value& self) {
  auto* it = static_cast<FutureIterObject*>(self.object());
  if (!it->future) return nullptr;
  FutureObject* fut = as_future(it->future);
  if (!fut->core->done()) {
    fut->blocking = true;
    return it->future;
  }
  Value future = std::move(it->future);
  Value result = future_result(fut);
  if (!result) return nullptr;
  return raise_stop_iteration(result);
}

Value future_iter_send(const Value& self, const Args& args) {
  if (!check_one_arg(args, "send")) return nullptr;
  Value r = future_iter_next(self);
  if (!r && !error_occurred()) return raise_no_args(stop_iteration_type);
  return r;
}

Value future_iter_throw(const Value& self, const Args& args) {
  if (!check_arg_range(args, "throw", 1, 3)) return nullptr;
  static_cast<FutureIterObject*>(self.object())->future = Value();
  Value exc = args[0];
  if (isinstance_of(exc, type_type)) {
    exc = call(exc, {});
    if (!exc) return nullptr;
  }
  if (!is_exception_instance(exc)) return raise_type_error("exceptions must derive from BaseException");
  restore_error(Ref<BaseExceptionObject>::borrow(as_exception(exc)));
  return nullptr;
}

Value future_iter_close(const Value& self, const Args& args) {
  if (!check_no_args(args, "close")) return nullptr;
  static_cast<FutureIterObject*>(self.object())->future = Value();
  return none();
}

}  // namespace

bool PyFutureCore::cancel(std::optional<std::string> msg) {
  if (owner == nullptr || owner->type() == future_type) return cancel_self(std::move(msg));
  Value r = call_method(Value::borrow(owner), "cancel", {msg ? Value(make_str(*msg)) : none()});
  int cancelled = r ? truthy(r) : -1;
  if (cancelled < 0) {
    clear_error();
    return false;
  }
  return cancelled != 0;
}

FutureObject::FutureObject(Type* type, Value loop_value) : Object(type), loop(std::move(loop_value)) {}

FutureObject::~FutureObject() {
  if (auto* own = dynamic_cast<PyFutureCore*>(core.get())) own->owner = nullptr;
}

LoopObject* FutureObject::loop_object() const { return as_loop(loop); }

Value make_future(const Value& loop, Type* type) {
  Ref<FutureObject> fut = make<FutureObject>(type != nullptr ? type : future_type, loop);
  fut->core = aio::Ref<aio::FutureBase>(new PyFutureCore(*as_loop(loop)->loop, fut.get()));
  return fut;
}

FutureObject* python_future_of(const aio::FutureBase* core) {
  if (auto* own = dynamic_cast<const PyFutureCore*>(core)) return own->owner;
  return python_task_of(core);
}

bool future_set_result(FutureObject* fut, Value result) {
  if (fut->core->done()) {
    raise_invalid_state("invalid state");
    return false;
  }
  fut->result = std::move(result);
  fut->core->finish();
  return true;
}

bool future_set_exception(FutureObject* fut, Ref<BaseExceptionObject> exc) {
  if (fut->core->done()) {
    raise_invalid_state("invalid state");
    return false;
  }
  fut->core->set_exception(to_exception_ptr(std::move(exc)));
  return true;
}

Value future_result(FutureObject* fut) {
  aio::FutureBase& core = *fut->core;
  if (core.cancelled()) return raise_exception_ptr(core.make_cancelled_error());
  if (!core.done()) return raise_invalid_state("Result is not set.");
  if (std::exception_ptr error = core.exception()) return raise_exception_ptr(error);
  return fut->result ? fut->result : none();
}

void future_add_done_callback(FutureObject* fut, Value fn) {
  fut->core->add_done_callback(aio::Ref<aio::Callback>(new PyDoneCallback(std::move(fn), Value::borrow(fut))));
}

aio::Ref<aio::Callback> add_native_done_callback(FutureObject* fut, NativeDoneCallback fn, Value state,
                                                 const char* description) {
  aio::Ref<aio::Callback> cb(new NativeCallback(fn, std::move(state), Value::borrow(fut), description));
  fut->core->add_done_callback(cb);
  return cb;
}

std::string future_state_name(const FutureObject* fut) {
  switch (fut->core->state()) {
    case aio::FutureBase::State::pending: return "pending";
    case aio::FutureBase::State::cancelled: return "cancelled";
    case aio::FutureBase::State::finished: return "finished";
  }
  return "pending";
}

std::string format_callbacks(const aio::CallbackList& callbacks) {
  auto one = [&](std::size_t i) {
    const aio::Callback* cb = callbacks[i].get();
    if (dynamic_cast<const aio::TaskBase*>(cb) != nullptr) return std::string("Task.task_wakeup()");
    return cb->describe();
  };
  std::size_t n = callbacks.size();
  if (n == 0) return "";
  std::string out = "cb=[";
  if (n == 1) {
    out += one(0);
  } else if (n == 2) {
    out += one(0) + ", " + one(1);
  } else {
    out += one(0) + ", <" + std::to_string(n - 2) + " more>, " + one(n - 1);
  }
  return out + "]";
}

bool future_repr_info(FutureObject* fut, std::string& out) {
  aio::FutureBase& core = *fut->core;
  out = future_state_name(fut);
  if (core.state() == aio::FutureBase::State::finished) {
    if (const std::exception_ptr& error = core.peek_exception()) {
      std::string text;
      if (!repr_string(to_python_exception(error), text)) return false;
      out += " exception=" + text;
    } else {
      std::string text;
      if (!limited_repr(fut->result ? fut->result : none(), text)) return false;
      out += " result=" + text;
    }
  }
  std::string callbacks = format_callbacks(core.callbacks());
  if (!callbacks.empty()) out += " " + callbacks;
  return true;
}

void init_future_type() {
  future_type = new_module_type("Future", "_asyncio", Type::kBaseType);
  future_type->new_instance = future_new;
  future_type->init = future_init;
  future_type->repr = future_repr;
  finish_module_type(future_type);
  add_method(future_type, "result", future_result_method);
  add_method(future_type, "exception", future_exception_method);
  add_method(future_type, "done", future_done);
  add_method(future_type, "cancelled", future_cancelled);
  add_method(future_type, "cancel", future_cancel);
  add_method(future_type, "add_done_callback", future_add_done_callback_method);
  add_method(future_type, "remove_done_callback", future_remove_done_callback);
  add_method(future_type, "set_result", future_set_result_method);
  add_method(future_type, "set_exception", future_set_exception_method);
  add_method(future_type, "get_loop", future_get_loop);
  add_method(future_type, "__await__", future_await);
  add_method(future_type, "__iter__", future_await);
  add_getset(future_type, "_asyncio_future_blocking", future_get_blocking, future_set_blocking);

  future_iter_type = new_iterator_type("FutureIter", "_asyncio", future_iter_next, nullptr);
  add_method(future_iter_type, "send", future_iter_send);
  add_method(future_iter_type, "throw", future_iter_throw);
  add_method(future_iter_type, "close", future_iter_close);
}

}  // namespace py
