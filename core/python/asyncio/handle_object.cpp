#include "python/asyncio/handle_object.hpp"

#include "python/args.hpp"
#include "python/asyncio/callback_format.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/errors.hpp"
#include "python/float_format.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* handle_type = nullptr;
Type* timer_handle_type = nullptr;

namespace {

HandleObject* self_handle(const Value& self) { return static_cast<HandleObject*>(self.object()); }

// Runs the Python call once; `pending` holds the handle object until then.
struct RunCall {
  std::shared_ptr<Value> pending;
  void operator()() const {
    Value handle_value = std::move(*pending);
    if (!handle_value) return;
    auto* handle = static_cast<HandleObject*>(handle_value.object());
    Value fn = handle->fn;
    std::vector<Value> args = handle->args;
    if (!call(fn, Args{std::span<const Value>(args.data(), args.size()), {}, {}})) {
      report_callback_error(fn, std::span<const Value>(args.data(), args.size()));
    }
  }
};

Value handle_cancel(const Value& self, const Args& args) {
  if (!check_no_args(args, "cancel")) return nullptr;
  HandleObject* h = self_handle(self);
  if (!h->core->cancelled()) {
    h->core->cancel();
    h->fn = Value();
    h->args.clear();
    *h->pending = Value();
  }
  return none();
}

Value handle_cancelled(const Value& self, const Args& args) {
  if (!check_no_args(args, "cancelled")) return nullptr;
  return py_bool(self_handle(self)->core->cancelled());
}

Value timer_handle_when(const Value& self, const Args& args) {
  if (!check_no_args(args, "when")) return nullptr;
  return make_float(static_cast<aio::TimerHandle&>(*self_handle(self)->core).when());
}

Value handle_repr(const Value& self) {
  HandleObject* h = self_handle(self);
  std::string text = "<" + self.type()->name;
  if (h->core->cancelled()) text += " cancelled";
  if (self.type() == timer_handle_type) {
    text += " when=" + float_repr(static_cast<aio::TimerHandle&>(*h->core).when());
  }
  if (h->fn) text += " " + format_callback_source(h->fn, std::span<const Value>(h->args.data(), h->args.size()));
  return make_str(text + ">");
}

}  // namespace

HandleObject::HandleObject(Type* type, Value f, std::vector<Value> a) : Object(type), fn(std::move(f)), args(std::move(a)) {}

Value schedule_call(const Value& loop, Value fn, std::vector<Value> args, const double* when,
                    std::initializer_list<const StdlibFrame*> frames_if_closed) {
  aio::EventLoop& core_loop = *as_loop(loop)->loop;
  if (core_loop.is_closed()) {
    raise_runtime_error("Event loop is closed");
    add_stdlib_frames(frames_if_closed);
    return nullptr;
  }
  Ref<HandleObject> handle = make<HandleObject>(when ? timer_handle_type : handle_type, std::move(fn), std::move(args));
  std::string name = format_callback_source(handle->fn, std::span<const Value>(handle->args.data(), handle->args.size()));
  *handle->pending = Value(handle);
  if (when != nullptr) {
    handle->core = core_loop.call_at(*when, RunCall{handle->pending}, std::move(name));
  } else {
    handle->core = core_loop.call_soon(RunCall{handle->pending}, std::move(name));
  }
  return handle;
}

void init_handle_types() {
  handle_type = new_module_type("Handle", "asyncio.events", 0);
  handle_type->repr = handle_repr;
  finish_module_type(handle_type);
  add_method(handle_type, "cancel", handle_cancel);
  add_method(handle_type, "cancelled", handle_cancelled);
  timer_handle_type = new_module_type("TimerHandle", "asyncio.events", 0, handle_type);
  finish_module_type(timer_handle_type);
  add_method(timer_handle_type, "when", timer_handle_when);
}

}  // namespace py
