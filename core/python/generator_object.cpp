#include "python/generator_object.hpp"

#include <cstdio>
#include <string>
#include <utility>

#include "python/async_generator.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/frame_object.hpp"
#include "python/function_object.hpp"
#include "python/heap.hpp"
#include "python/init.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/traceback_print.hpp"
#include "python/vm.hpp"

namespace py {

Type* generator_type = nullptr;
Type* coroutine_type = nullptr;
Type* coroutine_wrapper_type = nullptr;
Type* async_generator_type = nullptr;
Object* suspend_marker = nullptr;

namespace {

using State = Interpreter::State;

// Runs the generator's frame in a nested loop until it yields, returns or raises. With
// `with_error` the current exception is raised at the suspended point; else `sent` is the value of
// the suspended yield (not pushed on the first resumption).
GenStatus resume(GeneratorObject* gen, const Value& sent, bool with_error, Value& out) {
  State& st = *current_state();
  if (gen->running) {
    if (with_error) clear_error();
    raise_format(value_error_type, "%s already executing", gen->kind_name());
    return GenStatus::raised;
  }
  if (!nested_loop_allowed(st)) return GenStatus::raised;
  Frame* frame = gen->frame;
  if (!with_error && frame->next_instr > 0) frame->stack_base()[frame->stack_depth++] = sent;
  frame->is_entry = true;
  if (!push_frame(st, frame)) {
    if (!with_error && frame->next_instr > 0) frame->stack_base()[--frame->stack_depth] = Value();
    return GenStatus::raised;
  }
  gen->running = true;
  gen->exc_info.previous = st.exc_info;
  st.exc_info = &gen->exc_info;
  ++st.nested_loops;
  LoopResult result = run_loop(st, false, with_error);
  --st.nested_loops;
  switch (result.exit) {
    case LoopExit::yielded:
      out = std::move(result.value);
      return GenStatus::yielded;
    case LoopExit::returned:
      out = std::move(result.value);
      return GenStatus::returned;
    default:
      return GenStatus::raised;
  }
}

// A finished generator's answer to send(): coroutines may not be reused; generators stop at once.
GenStatus send_to_finished(GeneratorObject* gen, Value& out) {
  if (gen->is_coroutine()) {
    raise_runtime_error("cannot reuse already awaited coroutine");
    return GenStatus::raised;
  }
  out = none();
  return GenStatus::returned;
}

// Frees a generator's frame without running it (close() before the first resumption).
void discard_frame(GeneratorObject* gen) {
  Frame* frame = gen->frame;
  gen->frame = nullptr;
  frame->generator = nullptr;
  Frame::destroy(frame);
}

// After the delegate of a `yield from` / `await` returned `value`: the delegating frame continues
// past its SEND with `value` in place of the delegate.
GenStatus continue_after_delegate(GeneratorObject* gen, const Value& value, Value& out) {
  Frame* frame = gen->frame;
  const Instr send = frame->code->instructions[frame->next_instr - 2];
  frame->stack_base()[--frame->stack_depth] = Value();  // the delegate
  frame->next_instr = send.arg();
  return resume(gen, value, false, out);
}

// StopIteration's value as a delegate's return value (fetching it), or false for another error.
bool fetch_stop_iteration_value(Value& value) {
  if (!error_matches(stop_iteration_type)) return false;
  Ref<BaseExceptionObject> stop = fetch_error();
  value = stop->value ? stop->value : none();
  return true;
}

std::string address_of(const void* p) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", p);
  return buffer;
}

Value generator_repr(const Value& self) {
  auto* gen = as_generator(self);
  return make_str("<" + gen->type()->name + " object " + gen->qualname->text() + " at " +
                  address_of(gen) + ">");
}

Value generator_iter(const Value& self) { return self; }

Value generator_next(const Value& self) {
  auto* gen = as_generator(self);
  if (gen->finished()) return nullptr;
  Value out;
  switch (gen_send(gen, none(), out)) {
    case GenStatus::yielded:
      return out;
    case GenStatus::returned:
      // As CPython's tp_iternext: a bare exhaustion sets nothing, a return value travels in
      // StopIteration (next(g) shows it; consumers treat StopIteration as the end).
      return is_none(out) ? Value() : raise_stop_iteration(out);
    default:
      return nullptr;
  }
}

// send()/throw() as methods: a return becomes StopIteration(value).
Value method_result(GenStatus status, Value out) {
  switch (status) {
    case GenStatus::yielded:
      return out;
    case GenStatus::returned:
      return is_none(out) ? raise_no_args(stop_iteration_type) : raise_stop_iteration(out);
    default:
      return nullptr;
  }
}

Value generator_send(const Value& self, const Args& args) {
  if (args.has_kwargs() || args.size() != 1) {
    return raise_format(type_error_type, "%s.send() takes exactly one argument (%d given)",
                        as_generator(self)->kind_name(), static_cast<int>(args.size()));
  }
  Value out;
  GenStatus status = gen_send(as_generator(self), args[0], out);
  return method_result(status, std::move(out));
}

Value generator_throw(const Value& self, const Args& args) {
  Value exc = exception_to_throw(args);
  if (!exc) return nullptr;
  Value out;
  GenStatus status =
      gen_throw(as_generator(self), Ref<BaseExceptionObject>::borrow(as_exception(exc)), out);
  return method_result(status, std::move(out));
}

Value generator_close(const Value& self, const Args& args) {
  if (args.size() != 0 || args.has_kwargs()) {
    return raise_format(type_error_type, "%s.close() takes no arguments (%d given)", as_generator(self)->kind_name(),
                        static_cast<int>(args.size()));
  }
  return gen_close(as_generator(self)) ? none() : Value();
}

// gen.__next__() and gen.__iter__() as methods (the slots serve the VM and the built-ins).
Value generator_next_method(const Value& self, const Args& args) {
  if (args.size() != 0 || args.has_kwargs()) {
    return raise_format(type_error_type, "expected 0 arguments, got %d", static_cast<int>(args.size()));
  }
  Value v = generator_next(self);
  if (!v && !error_occurred()) return raise_no_args(stop_iteration_type);
  return v;
}

Value generator_iter_method(const Value& self, const Args&) { return self; }

// coroutine.__await__(): an iterator that drives the coroutine (CPython's coroutine_wrapper).
struct CoroutineWrapperObject : Object {
  explicit CoroutineWrapperObject(Value coroutine) : Object(coroutine_wrapper_type), coroutine(std::move(coroutine)) {}
  Value coroutine;
};

Value wrapped(const Value& wrapper) { return static_cast<CoroutineWrapperObject*>(wrapper.object())->coroutine; }

Value coroutine_await(const Value& self, const Args& args) {
  if (args.size() != 0 || args.has_kwargs()) {
    return raise_format(type_error_type, "expected 0 arguments, got %d", static_cast<int>(args.size()));
  }
  return make<CoroutineWrapperObject>(self);
}

Value wrapper_next(const Value& self) { return generator_next(wrapped(self)); }
Value wrapper_send(const Value& self, const Args& args) { return generator_send(wrapped(self), args); }
Value wrapper_throw(const Value& self, const Args& args) { return generator_throw(wrapped(self), args); }
Value wrapper_close(const Value& self, const Args& args) { return generator_close(wrapped(self), args); }

Value generator_getattr(const Value& self, StrObject* name) {
  auto* gen = as_generator(self);
  const std::string_view n = name->view();
  if (n == "__name__") return Value(gen->name);
  if (n == "__qualname__") return Value(gen->qualname);
  if (n == "gi_running" || n == "cr_running") return py_bool(gen->running);
  if (n == "ag_running") return py_bool(gen->running_async);
  if (n == "gi_frame" || n == "cr_frame" || n == "ag_frame") return gen->finished() ? none() : make_frame_view(self);
  if (n == "gi_code" || n == "cr_code" || n == "ag_code") return Value(gen->code);
  if (n == "gi_suspended" || n == "cr_suspended") return py_bool(gen->started() && !gen->running);
  if (n == "gi_yieldfrom" || n == "cr_await" || n == "ag_await") {
    Value d = gen->delegate();
    return d ? d : none();
  }
  return generic_getattr(self, name);
}

// Whether a try/finally, except or with block covers the yield the frame is suspended at: only then
// can closing it run code.
bool suspended_in_handler(const Frame& frame) {
  for (const ExceptionTableEntry& row : frame.code->exception_table) {
    if (row.start <= frame.last_instr && frame.last_instr < row.end) return true;
  }
  return false;
}

// CPython's _PyGen_Finalize: a generator dropped while suspended inside a try/finally or with block
// is closed then and there, so that the block's clean-up runs; an error it raises is reported and
// ignored. Another exception may be propagating meanwhile: it is put aside.
void close_dropped(GeneratorObject* gen) {
  Ref<GeneratorObject> stand_in = move_to_stand_in(gen);
  Ref<BaseExceptionObject> pending = fetch_error();
  if (!gen_close(stand_in.get())) write_unraisable(Value(stand_in));
  if (pending) restore_error(std::move(pending));
}

Type* make_generator_type(const char* name) {
  Type* type = make_immortal<Type>(name);
  type->base = object_type;
  type->bases = {object_type};
  type->repr = generator_repr;
  type->getattr = generator_getattr;
  type->inherit_slots();
  return type;
}

Type* make_sendable_generator_type(const char* name) {
  Type* type = make_generator_type(name);
  add_method(type, "send", generator_send);
  add_method(type, "throw", generator_throw);
  add_method(type, "close", generator_close);
  return type;
}

}  // namespace

Value exception_to_throw(const Args& args) {
  if (args.size() < 1 || args.size() > 3 || args.has_kwargs()) {
    return raise_format(type_error_type, "throw expected at least 1 argument, got %d", static_cast<int>(args.size()));
  }
  const Value& first = args[0];
  if (is_exception_instance(first)) {
    if (args.size() > 1 && !is_none(args[1])) return raise_type_error("instance exception may not have a separate value");
    return first;
  }
  if (isinstance_of(first, type_type) && (static_cast<Type*>(first.object())->flags & Type::kIsException)) {
    if (args.size() > 1 && is_exception_instance(args[1]) && args[1].type()->is_subtype_of(static_cast<Type*>(first.object()))) {
      return args[1];
    }
    if (args.size() > 1 && !is_none(args[1])) return call(first, {args[1]});
    return call(first, {});
  }
  return raise_format(type_error_type, "exceptions must be classes or instances deriving from BaseException, not %s",
                      std::string(type_name(first)).c_str());
}

GeneratorObject::GeneratorObject(Type* type, Frame* frame_) : Object(type), frame(frame_) {
  frame->generator = this;
  code = frame->code;
  name = frame->function ? frame->function->name : code->name;
  qualname = frame->function ? frame->function->qualname : code->qualname;
}

GeneratorObject::~GeneratorObject() {
  if (is_async_generator() && finalize_async_gen(this)) return;
  if (frame == nullptr) return;
  Heap* heap = Heap::current();
  const bool tearing_down = heap == nullptr || heap->tearing_down();
  if (is_coroutine() && !started() && !tearing_down) {
    warn_at_current_line(runtime_warning_type, "coroutine '" + qualname->text() + "' was never awaited", true);
  }
  if (!tearing_down && started() && !running && suspended_in_handler(*frame)) {
    close_dropped(this);
    return;
  }
  discard_frame(this);
}

Ref<GeneratorObject> move_to_stand_in(GeneratorObject* gen) {
  Heap* heap = Heap::current();
  const bool enforcing = heap->enforcing();
  heap->set_enforcing(false);  // a destructor cannot fail for lack of memory
  Frame* frame = std::exchange(gen->frame, nullptr);
  Ref<GeneratorObject> stand_in = make<GeneratorObject>(gen->type(), frame);
  heap->set_enforcing(enforcing);
  stand_in->exc_info.exception = std::move(gen->exc_info.exception);
  stand_in->name = gen->name;
  stand_in->qualname = gen->qualname;
  return stand_in;
}

const char* GeneratorObject::kind_name() const {
  if (is_coroutine()) return "coroutine";
  return is_async_generator() ? "async generator" : "generator";
}

Value GeneratorObject::delegate() const {
  if (frame == nullptr || running || frame->next_instr < 2) return Value();
  const auto& instrs = frame->code->instructions;
  if (instrs[frame->next_instr - 1].op() != Opcode::YIELD_VALUE || instrs[frame->next_instr - 2].op() != Opcode::SEND) {
    return Value();
  }
  return frame->stack_base()[frame->stack_depth - 1];
}

Value make_generator(Frame* frame) {
  const std::uint32_t flags = frame->code->flags;
  Type* type = (flags & kCodeCoroutine) ? coroutine_type : (flags & kCodeAsyncGenerator) ? async_generator_type : generator_type;
  return make<GeneratorObject>(type, frame);
}

GenStatus gen_send(GeneratorObject* gen, const Value& value, Value& out) {
  if (gen->finished()) return send_to_finished(gen, out);
  if (!gen->running && !gen->started() && !is_none(value)) {
    raise_format(type_error_type, "can't send non-None value to a just-started %s", gen->kind_name());
    return GenStatus::raised;
  }
  return resume(gen, value, false, out);
}

GenStatus gen_throw(GeneratorObject* gen, Ref<BaseExceptionObject> exc, Value& out) {
  if (gen->finished()) {
    restore_error(std::move(exc));
    return GenStatus::raised;
  }
  Value delegate = gen->delegate();
  if (delegate) {
    // Thrown into the innermost delegate first; the delegating frame continues with its result.
    GenStatus status;
    Value inner;
    if (exc->type()->is_subtype_of(generator_exit_type)) {
      // close() closes the delegate, then raises GeneratorExit here.
      if (is_generator_object(delegate)) {
        if (!gen_close(as_generator(delegate))) return resume(gen, Value(), true, out);
      } else {
        Value close = getattr_optional(delegate, intern("close"));
        if (close && !call(close, {})) return resume(gen, Value(), true, out);
        if (error_occurred()) return resume(gen, Value(), true, out);
      }
      restore_error(std::move(exc));
      return resume(gen, Value(), true, out);
    }
    if (is_generator_object(delegate)) {
      status = gen_throw(as_generator(delegate), std::move(exc), inner);
    } else {
      Value method = getattr_optional(delegate, intern("throw"));
      if (!method) {
        if (error_occurred()) return resume(gen, Value(), true, out);
        restore_error(std::move(exc));
        return resume(gen, Value(), true, out);
      }
      inner = call(method, {Value(exc)});
      status = inner ? GenStatus::yielded : GenStatus::raised;
      if (!inner && fetch_stop_iteration_value(inner)) status = GenStatus::returned;
    }
    switch (status) {
      case GenStatus::yielded:
        out = std::move(inner);
        return GenStatus::yielded;
      case GenStatus::returned:
        return continue_after_delegate(gen, inner, out);
      default:
        return resume(gen, Value(), true, out);
    }
  }
  restore_error(std::move(exc));
  return resume(gen, Value(), true, out);
}

bool gen_close(GeneratorObject* gen) {
  if (gen->finished()) return true;
  if (!gen->started()) {
    discard_frame(gen);
    return true;
  }
  Value exc = make_exception(generator_exit_type, {});
  if (!exc) return false;
  Value out;
  switch (gen_throw(gen, Ref<BaseExceptionObject>::borrow(as_exception(exc)), out)) {
    case GenStatus::yielded:
      raise_format(runtime_error_type, "%s ignored GeneratorExit", gen->kind_name());
      return false;
    case GenStatus::returned:
      return true;
    default:
      if (error_matches(generator_exit_type) || error_matches(stop_iteration_type)) {
        clear_error();
        return true;
      }
      return false;
  }
}

Value get_awaitable(const Value& obj, int where) {
  if (obj.type() == coroutine_type) {
    if (as_generator(obj)->delegate()) return raise_runtime_error("coroutine is being awaited already");
    return obj;
  }
  Value await = lookup_special(obj, "__await__");
  if (!await) {
    const std::string name(type_name(obj));
    switch (where) {
      case 1:
        return raise_format(type_error_type,
                            "'async with' received an object from __aenter__ that does not implement __await__: %s",
                            name.c_str());
      case 2:
        return raise_format(type_error_type,
                            "'async with' received an object from __aexit__ that does not implement __await__: %s",
                            name.c_str());
      default:
        return raise_format(type_error_type, "object %s can't be used in 'await' expression", name.c_str());
    }
  }
  Value iterator = call_special(await, obj);
  if (!iterator) return nullptr;
  if (iterator.type() == coroutine_type) return raise_type_error("__await__() returned a coroutine");
  if (iterator.type()->next == nullptr) {
    return raise_format(type_error_type, "__await__() returned non-iterator of type '%s'",
                        std::string(type_name(iterator)).c_str());
  }
  return iterator;
}

Value get_aiter(const Value& obj) {
  Value aiter = lookup_special(obj, "__aiter__");
  if (!aiter) {
    return raise_format(type_error_type, "'async for' requires an object with __aiter__ method, got %s",
                        std::string(type_name(obj)).c_str());
  }
  Value iterator = call_special(aiter, obj);
  if (!iterator) return nullptr;
  if (!lookup_special(iterator, "__anext__")) {
    return raise_format(type_error_type,
                        "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                        std::string(type_name(iterator)).c_str());
  }
  return iterator;
}

Value get_anext(const Value& aiter) {
  Value anext = lookup_special(aiter, "__anext__");
  if (!anext) {
    return raise_format(type_error_type, "'async for' requires an iterator with __anext__ method, got %s",
                        std::string(type_name(aiter)).c_str());
  }
  Value awaitable = call_special(anext, aiter);
  if (!awaitable) return nullptr;
  if (awaitable.type() != coroutine_type && !lookup_special(awaitable, "__await__")) {
    return raise_format(type_error_type, "'async for' received an invalid object from __anext__: %s",
                        std::string(type_name(awaitable)).c_str());
  }
  return get_awaitable(awaitable, 0);
}

Value get_yield_from_iter(Frame* frame, const Value& iterable) {
  if (iterable.type() == coroutine_type) {
    if (!(frame->code->flags & kCodeCoroutine)) {
      return raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return iterable;
  }
  if (iterable.type() == generator_type) return iterable;
  return get_iter(iterable);
}

void init_vm_types() {
  generator_type = make_sendable_generator_type("generator");
  generator_type->iter = generator_iter;
  generator_type->next = generator_next;
  add_method(generator_type, "__next__", generator_next_method);
  add_method(generator_type, "__iter__", generator_iter_method);
  coroutine_type = make_sendable_generator_type("coroutine");
  async_generator_type = make_generator_type("async_generator");
  init_async_generator_methods(async_generator_type);
  add_method(coroutine_type, "__await__", coroutine_await);
  coroutine_wrapper_type = make_immortal<Type>("coroutine_wrapper");
  coroutine_wrapper_type->base = object_type;
  coroutine_wrapper_type->bases = {object_type};
  coroutine_wrapper_type->inherit_slots();
  coroutine_wrapper_type->iter = generator_iter;
  coroutine_wrapper_type->next = wrapper_next;
  add_method(coroutine_wrapper_type, "__next__", generator_next_method);
  add_method(coroutine_wrapper_type, "send", wrapper_send);
  add_method(coroutine_wrapper_type, "throw", wrapper_throw);
  add_method(coroutine_wrapper_type, "close", wrapper_close);
  suspend_marker = make_immortal<Object>(object_type);
}

}  // namespace py
