// Raising and catching: `raise`, `except` matching, traceback entries, the handled exception.
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/exception_object.hpp"
#include "python/runtime.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

bool is_exception_class(const Value& v) {
  return isinstance_of(v, type_type) && (static_cast<Type*>(v.object())->flags & Type::kIsException);
}

// An exception instance from `raise X` / `raise X from Y` operands: a class is called with no
// arguments. Empty with TypeError (`message`) when `v` is neither.
Value instantiate(const Value& v, const char* message) {
  if (is_exception_class(v)) {
    Value instance = call(v, {});
    if (!instance) return nullptr;
    if (!is_exception_instance(instance)) {
      return raise_format(type_error_type,
                          "calling %s should have returned an instance of BaseException, not %s",
                          static_cast<Type*>(v.object())->name.c_str(), std::string(type_name(instance)).c_str());
    }
    return instance;
  }
  if (is_exception_instance(v)) return v;
  return raise_type_error(message);
}

}  // namespace

void add_traceback_entry(Frame* frame) {
  BaseExceptionObject* error = current_error();
  if (error == nullptr) return;
  error->traceback = make<TracebackObject>(std::move(error->traceback), Value(frame->code),
                                           static_cast<int>(frame->last_instr), frame->line());
  error->traceback->globals = frame->globals;
}

void do_raise(const Value& exc, const Value& cause) {
  Value instance = instantiate(exc, "exceptions must derive from BaseException");
  if (!instance) return;
  if (cause) {
    Value cause_value;
    if (!is_none(cause)) {
      cause_value = instantiate(cause, "exception causes must derive from BaseException");
      if (!cause_value) return;
    }
    as_exception(instance)->cause = cause_value;
    as_exception(instance)->suppress_context = true;
  }
  set_error(Ref<BaseExceptionObject>::borrow(as_exception(instance)));
}

int exception_matches(const Value& exc, const Value& match) {
  const char* not_allowed = "catching classes that do not inherit from BaseException is not allowed";
  if (is_tuple(match)) {
    for (const Value& item : as_tuple(match)->items) {
      if (!is_exception_class(item)) {
        raise_type_error(not_allowed);
        return -1;
      }
    }
    for (const Value& item : as_tuple(match)->items) {
      if (exc.type()->is_subtype_of(static_cast<Type*>(item.object()))) return 1;
    }
    return 0;
  }
  if (!is_exception_class(match)) {
    raise_type_error(not_allowed);
    return -1;
  }
  return exc.type()->is_subtype_of(static_cast<Type*>(match.object())) ? 1 : 0;
}

BaseExceptionObject* top_handled_exception(const ExcInfo* info) {
  for (; info != nullptr; info = info->previous) {
    if (info->exception && !is_none(info->exception)) return as_exception(info->exception);
  }
  return nullptr;
}

BaseExceptionObject* handled_exception() {
  Interpreter::State* st = current_state();
  return st != nullptr ? top_handled_exception(st->exc_info) : nullptr;
}

}  // namespace py
