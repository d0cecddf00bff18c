#include "python/async_generator.hpp"


#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/heap.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"

namespace py {
namespace {

AsyncGenHooks* (*hooks_provider)() = nullptr;

Type* asend_type = nullptr;
Type* athrow_type = nullptr;
Type* anext_awaitable_type = nullptr;

enum class AwaitableState { init, iterating, closed };

struct AsendObject : Object {
  static constexpr const char* kReused = "cannot reuse already awaited __anext__()/asend()";
  AsendObject(Ref<GeneratorObject> gen, Value value) : Object(asend_type), gen(std::move(gen)), value(std::move(value)) {}
  Value send_value(Value sent);
  Value finish(GenStatus status, Value out);
  Ref<GeneratorObject> gen;
  Value value;  // sent on the first resumption
  AwaitableState state = AwaitableState::init;
};

// athrow(exc) and aclose() (with no exception: GeneratorExit).
struct AthrowObject : Object {
  static constexpr const char* kReused = "cannot reuse already awaited aclose()/athrow()";
  AthrowObject(Ref<GeneratorObject> gen, Value exc) : Object(athrow_type), gen(std::move(gen)), exc(std::move(exc)) {}
  Value send_value(const Value& sent);
  Value finish(GenStatus status, Value out);
  Ref<GeneratorObject> gen;
  Value exc;
  AwaitableState state = AwaitableState::init;
  bool is_aclose() const { return !exc; }
};

struct AnextAwaitableObject : Object {
  AnextAwaitableObject(Value awaitable, Value default_value)
      : Object(anext_awaitable_type), awaitable(std::move(awaitable)), default_value(std::move(default_value)) {}
  Value awaitable;      // what __anext__() returned
  Value iterator;       // its __await__() iterator, once started
  Value default_value;
};

GeneratorObject* as_agen(const Value& v) { return static_cast<GeneratorObject*>(v.object()); }

// The loop's hooks see the generator on its first resumption (CPython's async_gen_init_hooks).
void init_hooks(GeneratorObject* gen) {
  if (gen->hooks != nullptr || hooks_provider == nullptr) return;
  AsyncGenHooks* hooks = hooks_provider();
  if (hooks == nullptr) return;
  gen->hooks = hooks;
  hooks->first_iteration(gen);
}

// An awaitable's result from what the generator did (CPython's async_gen_unwrap_value): its own
// yield ends the awaitable with the value (StopIteration), a return ends the iteration
// (StopAsyncIteration), an await's yield passes through.
Value unwrap(GeneratorObject* gen, GenStatus status, Value out) {
  switch (status) {
    case GenStatus::yielded:
      if (!gen->yielded_own_value) return out;
      gen->running_async = false;
      return raise_stop_iteration(out);
    case GenStatus::returned:
      gen->running_async = false;
      gen->closed = true;
      return raise_no_args(stop_async_iteration_type);
    default:
      if (error_matches(stop_async_iteration_type) || error_matches(generator_exit_type)) gen->closed = true;
      gen->running_async = false;
      return nullptr;
  }
}

// An awaitable that ended (with its value as StopIteration, or with an error) cannot be reused.
template <class Awaitable>
Value settle(Awaitable* awaitable, Value result) {
  if (!result) awaitable->state = AwaitableState::closed;
  return result;
}

Value AsendObject::send_value(Value sent) {
  GeneratorObject* g = gen.get();
  if (state == AwaitableState::closed) return raise_runtime_error(kReused);
  if (state == AwaitableState::init) {
    if (g->running_async) return raise_runtime_error("anext(): asynchronous generator is already running");
    if (is_none(sent)) sent = value;
    state = AwaitableState::iterating;
  }
  g->running_async = true;
  Value out;
  const GenStatus status = gen_send(g, sent, out);
  return finish(status, std::move(out));
}

Value AsendObject::finish(GenStatus status, Value out) { return settle(this, unwrap(gen.get(), status, std::move(out))); }

// The end of aclose(): the generator let GeneratorExit (or StopAsyncIteration) out, or returned;
// aclose() returns None. Another error propagates.
Value aclose_outcome(AthrowObject* self, GenStatus status, Value out) {
  GeneratorObject* gen = self->gen.get();
  if (status == GenStatus::yielded) {
    if (!gen->yielded_own_value) return out;
    gen->running_async = false;
    self->state = AwaitableState::closed;
    return raise_runtime_error("async generator ignored GeneratorExit");
  }
  gen->running_async = false;
  self->state = AwaitableState::closed;
  if (status == GenStatus::returned) return raise_no_args(stop_iteration_type);
  if (error_matches(stop_async_iteration_type) || error_matches(generator_exit_type)) {
    clear_error();
    return raise_no_args(stop_iteration_type);
  }
  return nullptr;
}

Value AthrowObject::finish(GenStatus status, Value out) {
  if (is_aclose()) return aclose_outcome(this, status, std::move(out));
  return settle(this, unwrap(gen.get(), status, std::move(out)));
}

Ref<BaseExceptionObject> thrown_exception(AthrowObject* self) {
  if (!self->is_aclose()) return Ref<BaseExceptionObject>::borrow(as_exception(self->exc));
  Value exc = make_exception(generator_exit_type, {});
  if (!exc) return {};
  return Ref<BaseExceptionObject>::borrow(as_exception(exc));
}

Value AthrowObject::send_value(const Value& sent) {
  GeneratorObject* g = gen.get();
  if (g->finished()) {
    state = AwaitableState::closed;
    return raise_no_args(stop_iteration_type);
  }
  if (state == AwaitableState::closed) return raise_runtime_error(kReused);
  Value out;
  GenStatus status;
  if (state == AwaitableState::init) {
    if (g->running_async) {
      state = AwaitableState::closed;
      return raise_runtime_error(is_aclose() ? "aclose(): asynchronous generator is already running"
                                             : "athrow(): asynchronous generator is already running");
    }
    if (g->closed) {
      state = AwaitableState::closed;
      return raise_no_args(stop_async_iteration_type);
    }
    if (!is_none(sent)) return raise_runtime_error("can't send non-None value to a just-started coroutine");
    state = AwaitableState::iterating;
    g->running_async = true;
    if (is_aclose()) g->closed = true;
    Ref<BaseExceptionObject> exc = thrown_exception(this);
    if (!exc) return nullptr;
    status = gen_throw(g, std::move(exc), out);
  } else {
    status = gen_send(g, sent, out);
  }
  return finish(status, std::move(out));
}

// The iterator protocol of both awaitables: __next__, send(), throw() and close().
template <class Awaitable>
Awaitable* as_awaitable(const Value& v) { return static_cast<Awaitable*>(v.object()); }

template <class Awaitable>
Value awaitable_next(const Value& self) { return as_awaitable<Awaitable>(self)->send_value(none()); }

template <class Awaitable>
Value awaitable_send(const Value& self, const Args& args) {
  if (!check_positional(args, "send", 1, 1)) return nullptr;
  return as_awaitable<Awaitable>(self)->send_value(args[0]);
}

template <class Awaitable>
Value awaitable_throw(const Value& self, const Args& args) {
  Awaitable* awaitable = as_awaitable<Awaitable>(self);
  if (awaitable->state == AwaitableState::closed) return raise_runtime_error(Awaitable::kReused);
  Value exc = exception_to_throw(args);
  if (!exc) return nullptr;
  Value out;
  const GenStatus status = gen_throw(awaitable->gen.get(), Ref<BaseExceptionObject>::borrow(as_exception(exc)), out);
  return awaitable->finish(status, std::move(out));
}

// close() of an awaitable: it is not awaited any further (the generator stays as it is).
template <class Awaitable>
Value awaitable_close(const Value& self, const Args& args) {
  if (!check_positional(args, "close", 0, 0)) return nullptr;
  as_awaitable<Awaitable>(self)->state = AwaitableState::closed;
  return none();
}

Ref<GeneratorObject> self_gen(const Value& self) { return Ref<GeneratorObject>::borrow(as_agen(self)); }

Value agen_asend(const Value& self, const Args& args) {
  if (!check_positional(args, "asend", 1, 1)) return nullptr;
  init_hooks(as_agen(self));
  return make<AsendObject>(self_gen(self), args[0]);
}

Value agen_anext(const Value& self, const Args& args) {
  if (!check_positional(args, "__anext__", 0, 0)) return nullptr;
  init_hooks(as_agen(self));
  return make<AsendObject>(self_gen(self), none());
}

Value agen_athrow(const Value& self, const Args& args) {
  Value exc = exception_to_throw(args);
  if (!exc) return nullptr;
  init_hooks(as_agen(self));
  return make<AthrowObject>(self_gen(self), std::move(exc));
}

Value agen_aclose(const Value& self, const Args& args) {
  if (!check_positional(args, "aclose", 0, 0)) return nullptr;
  return async_gen_aclose(self);
}

Value agen_aiter(const Value& self, const Args& args) {
  if (!check_positional(args, "__aiter__", 0, 0)) return nullptr;
  return self;
}

Value await_self(const Value& self, const Args& args) {
  if (!check_positional(args, "__await__", 0, 0)) return nullptr;
  return self;
}

AnextAwaitableObject* as_anext(const Value& v) { return static_cast<AnextAwaitableObject*>(v.object()); }

// A StopAsyncIteration from the awaited __anext__() becomes the default, as StopIteration's value.
Value anext_outcome(AnextAwaitableObject* self, Value result) {
  if (result || !error_matches(stop_async_iteration_type)) return result;
  clear_error();
  return raise_stop_iteration(self->default_value);
}

bool anext_start(AnextAwaitableObject* self) {
  if (self->iterator) return true;
  self->iterator = get_awaitable(self->awaitable, 0);
  return static_cast<bool>(self->iterator);
}

Value anext_send_value(const Value& self, const Value& sent) {
  AnextAwaitableObject* anext = as_anext(self);
  if (!anext_start(anext)) return nullptr;
  Value result = is_none(sent) && anext->iterator.type()->next != nullptr ? anext->iterator.type()->next(anext->iterator)
                                                                          : call_method(anext->iterator, "send", {sent});
  if (!result && !error_occurred()) result = raise_no_args(stop_iteration_type);
  return anext_outcome(anext, std::move(result));
}

Value anext_next(const Value& self) { return anext_send_value(self, none()); }

Value anext_send(const Value& self, const Args& args) {
  if (!check_positional(args, "send", 1, 1)) return nullptr;
  return anext_send_value(self, args[0]);
}

Value anext_throw(const Value& self, const Args& args) {
  AnextAwaitableObject* anext = as_anext(self);
  if (!anext_start(anext)) return nullptr;
  Value method = getattr(anext->iterator, "throw");
  if (!method) return nullptr;
  return anext_outcome(anext, call(method, args));
}

Value anext_close(const Value& self, const Args& args) {
  if (!check_positional(args, "close", 0, 0)) return nullptr;
  AnextAwaitableObject* anext = as_anext(self);
  if (!anext->iterator) return none();
  Value close = getattr_optional(anext->iterator, intern("close"));
  if (!close) return error_occurred() ? Value() : none();
  return call(close, {});
}

// An awaitable type (its repr is object's: `<async_generator_asend object at 0x...>`).
Type* awaitable_type(const char* name, UnarySlot next) {
  Type* type = new_iterator_type(name, "builtins", next, nullptr);
  add_method(type, "__await__", await_self);
  return type;
}

}  // namespace

void set_async_gen_hooks_provider(AsyncGenHooks* (*provider)()) { hooks_provider = provider; }

bool is_async_gen_awaitable(const Value& v) {
  return v.is_object() && (v.type() == asend_type || v.type() == athrow_type);
}

Value async_gen_aclose(const Value& agen) {
  init_hooks(as_agen(agen));
  return make<AthrowObject>(self_gen(agen), Value());
}

Value make_anext_awaitable(Value awaitable, Value default_value) {
  return make<AnextAwaitableObject>(std::move(awaitable), std::move(default_value));
}

bool finalize_async_gen(GeneratorObject* agen) {
  AsyncGenHooks* hooks = agen->hooks;
  if (hooks == nullptr) return false;
  hooks->forget(agen);
  agen->hooks = nullptr;
  if (!agen->started() || agen->running) return false;
  Heap* heap = Heap::current();
  if (heap == nullptr || heap->tearing_down()) return false;
  hooks->finalize(Value(move_to_stand_in(agen)));
  return true;
}

void init_async_generator_methods(Type* async_generator) {
  add_method(async_generator, "__aiter__", agen_aiter);
  add_method(async_generator, "__anext__", agen_anext);
  add_method(async_generator, "asend", agen_asend);
  add_method(async_generator, "athrow", agen_athrow);
  add_method(async_generator, "aclose", agen_aclose);

  asend_type = awaitable_type("async_generator_asend", awaitable_next<AsendObject>);
  add_method(asend_type, "send", awaitable_send<AsendObject>);
  add_method(asend_type, "throw", awaitable_throw<AsendObject>);
  add_method(asend_type, "close", awaitable_close<AsendObject>);
  athrow_type = awaitable_type("async_generator_athrow", awaitable_next<AthrowObject>);
  add_method(athrow_type, "send", awaitable_send<AthrowObject>);
  add_method(athrow_type, "throw", awaitable_throw<AthrowObject>);
  add_method(athrow_type, "close", awaitable_close<AthrowObject>);
  anext_awaitable_type = awaitable_type("anext_awaitable", anext_next);
  add_method(anext_awaitable_type, "send", anext_send);
  add_method(anext_awaitable_type, "throw", anext_throw);
  add_method(anext_awaitable_type, "close", anext_close);
}

}  // namespace py
