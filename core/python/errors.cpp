#include "python/errors.hpp"

#include <cstdarg>
#include <cstdio>
#include <new>
#include <stdexcept>

#include "python/exception_object.hpp"
#include "python/heap.hpp"
#include "python/module_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

// The exception being raised on this thread (one interpreter runs at a time per thread). The VM
// fetches it before a run's heap is torn down.
thread_local BaseExceptionObject* current_exception = nullptr;

void replace_current(Ref<BaseExceptionObject> exc) {
  BaseExceptionObject* old = std::exchange(current_exception, exc.release());
  if (old != nullptr) detail::decref(old);
}

// Takes ownership of a freshly made exception instance (or of the error making it raised).
Value raise_instance(Value instance) {
  if (!instance) return nullptr;
  set_error(Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(instance.release_object())));
  return nullptr;
}

}  // namespace

void set_error(Ref<BaseExceptionObject> exc) {
  BaseExceptionObject* handled = handled_exception();
  if (handled != nullptr && handled != exc.get()) {
    // As CPython: cut a __context__ chain that would lead back to `exc` (no cycles).
    BaseExceptionObject* o = handled;
    while (o->context) {
      if (o->context.is(exc.get())) {
        o->context = Value();
        break;
      }
      o = as_exception(o->context);
    }
    exc->context = Value::borrow(handled);
  }
  replace_current(std::move(exc));
}

void restore_error(Ref<BaseExceptionObject> exc) { replace_current(std::move(exc)); }

Value raise(Type* type, std::string_view message) {
  Value text = make_str(std::string(message));
  return raise_instance(make_exception(type, {std::move(text)}));
}

Value raise_no_args(Type* type) { return raise_instance(make_exception(type, {})); }

Value raise_format(Type* type, const char* format, ...) {
  va_list args;
  va_start(args, format);
  va_list copy;
  va_copy(copy, args);
  int n = std::vsnprintf(nullptr, 0, format, copy);
  va_end(copy);
  std::string message(n > 0 ? static_cast<std::size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(message.data(), message.size() + 1, format, args);
  va_end(args);
  return raise(type, message);
}

Value raise_key_error(const Value& key) { return raise_instance(make_exception(key_error_type, {key})); }

Value raise_stop_iteration(const Value& value) {
  return raise_instance(make_exception(stop_iteration_type, {value}));
}

Value raise_attribute_error(const Value& obj, StrObject* name) {
  std::string message;
  if (isinstance_of(obj, type_type)) {
    message = "type object '" + static_cast<Type*>(obj.object())->name + "' has no attribute '" + name->text() + "'";
  } else if (isinstance_of(obj, module_type)) {
    message = "module '" + static_cast<ModuleObject*>(obj.object())->name + "' has no attribute '" + name->text() + "'";
  } else {
    message = "'" + std::string(type_name(obj)) + "' object has no attribute '" + name->text() + "'";
  }
  Value exc = make_exception(attribute_error_type, {make_str(std::move(message))});
  if (!exc) return nullptr;
  as_exception(exc)->name = Value::borrow(name);
  as_exception(exc)->obj = obj;
  return raise_instance(std::move(exc));
}

bool is_allocation_failure(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    return true;
  } catch (const std::length_error&) {
    return true;
  } catch (...) {
    return false;
  }
}

Value raise_memory_error() {
  // Reporting the failure must not fail: the cap is lifted while the exception is made.
  Heap* heap = Heap::current();
  if (heap != nullptr) heap->set_enforcing(false);
  raise_instance(make_exception(memory_error_type, {}));
  if (heap != nullptr) heap->set_enforcing(true);
  return nullptr;
}

bool error_occurred() { return current_exception != nullptr; }
BaseExceptionObject* current_error() { return current_exception; }

Ref<BaseExceptionObject> fetch_error() {
  return Ref<BaseExceptionObject>::steal(std::exchange(current_exception, nullptr));
}

void clear_error() { replace_current(nullptr); }

bool error_matches(Type* type) {
  return current_exception != nullptr && current_exception->type()->is_subtype_of(type);
}

}  // namespace py
