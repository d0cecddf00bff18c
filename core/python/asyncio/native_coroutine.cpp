#include "python/asyncio/native_coroutine.hpp"

#include <cstdio>

#include "python/args.hpp"
#include "python/async_generator.hpp"
#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/generator_object.hpp"
#include "python/heap.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/traceback_print.hpp"

namespace py {

Type* native_coroutine_type = nullptr;

NativeCoroutineObject::NativeCoroutineObject(const char* name, const char* running, const char* defined)
    : Object(native_coroutine_type), qualname(name), running_at(running), defined_at(defined) {}

NativeCoroutineObject::~NativeCoroutineObject() {
  Heap* heap = Heap::current();
  if (!started && (heap == nullptr || !heap->tearing_down())) {
    warn_at_current_line(runtime_warning_type, std::string("coroutine '") + qualname + "' was never awaited", true);
  }
}

Value NativeCoroutineObject::throw_in(Ref<BaseExceptionObject> exc) {
  finished = true;
  restore_error(std::move(exc));
  return nullptr;
}

bool is_coroutine_object(const Value& v) {
  // 3.11's asyncio.iscoroutine() still takes generators (types.GeneratorType; 3.12 dropped it).
  return is_generator_object(v) || is_native_coroutine(v) || is_async_gen_awaitable(v);
}

Value coroutine_return(NativeCoroutineObject* coro, Value result) {
  coro->finished = true;
  return raise_stop_iteration(result);
}

namespace {

NativeCoroutineObject* self_coro(const Value& self) { return as_native_coroutine(self); }

Value resume_with(const Value& self, const Value& sent) {
  NativeCoroutineObject* coro = self_coro(self);
  if (coro->finished) return raise_runtime_error("cannot reuse already awaited coroutine");
  coro->started = true;
  return coro->resume(sent);
}

Value coro_next(const Value& self) { return resume_with(self, none()); }

Value coro_send(const Value& self, const Args& args) {
  if (!check_one_arg(args, "send")) return nullptr;
  NativeCoroutineObject* coro = self_coro(self);
  if (!coro->started && !is_none(args[0])) {
    return raise_type_error("can't send non-None value to a just-started coroutine");
  }
  return resume_with(self, args[0]);
}

Value coro_throw(const Value& self, const Args& args) {
  if (!check_arg_range(args, "throw", 1, 3)) return nullptr;
  Value exc = args[0];
  if (isinstance_of(exc, type_type)) {
    exc = call(exc, {});
    if (!exc) return nullptr;
  }
  if (!is_exception_instance(exc)) return raise_type_error("exceptions must derive from BaseException");
  NativeCoroutineObject* coro = self_coro(self);
  coro->started = true;
  return coro->throw_in(Ref<BaseExceptionObject>::borrow(as_exception(exc)));
}

Value coro_close(const Value& self, const Args& args) {
  if (!check_no_args(args, "close")) return nullptr;
  NativeCoroutineObject* coro = self_coro(self);
  coro->started = true;
  coro->finished = true;
  return none();
}

Value coro_await(const Value& self, const Args& args) {
  if (!check_no_args(args, "__await__")) return nullptr;
  return self;
}

Value coro_repr(const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.object()));
  return make_str(std::string("<coroutine object ") + self_coro(self)->qualname + " at " + address + ">");
}

Value coro_get_name(const Value& self) { return make_str(self_coro(self)->qualname); }

}  // namespace

void init_native_coroutine_type() {
  native_coroutine_type = new_iterator_type("coroutine", "builtins", coro_next, nullptr);
  native_coroutine_type->repr = coro_repr;
  add_method(native_coroutine_type, "send", coro_send);
  add_method(native_coroutine_type, "throw", coro_throw);
  add_method(native_coroutine_type, "close", coro_close);
  add_method(native_coroutine_type, "__await__", coro_await);
  add_getset(native_coroutine_type, "__name__", coro_get_name);
  add_getset(native_coroutine_type, "__qualname__", coro_get_name);
}

}  // namespace py
