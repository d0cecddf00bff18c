#include "python/asyncio/bridge.hpp"

#include <stdexcept>

#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

PythonCancelled::PythonCancelled(Ref<BaseExceptionObject> e)
    : aio::CancelledError(cancel_message_of(e.get())), exc(std::move(e)) {}

std::exception_ptr to_exception_ptr(Ref<BaseExceptionObject> exc) {
  Type* type = exc->type();
  if (type->is_subtype_of(cancelled_error_type)) return std::make_exception_ptr(PythonCancelled(std::move(exc)));
  if (type->is_subtype_of(keyboard_interrupt_type) || type->is_subtype_of(system_exit_type)) {
    PythonInterrupt interrupt;
    interrupt.exc = std::move(exc);
    return std::make_exception_ptr(std::move(interrupt));
  }
  return std::make_exception_ptr(PythonError{std::move(exc)});
}

std::exception_ptr take_error_as_exception_ptr() { return to_exception_ptr(fetch_error()); }

Ref<BaseExceptionObject> make_cancelled_error(const std::optional<std::string>& message) {
  std::vector<Value> args;
  if (message) args.push_back(make_str(*message));
  Value exc = make_exception(cancelled_error_type, std::move(args));
  return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
}

std::optional<std::string> cancel_message_of(BaseExceptionObject* exc) {
  if (exc->args && !exc->args->items.empty() && is_str(exc->args->items[0])) return as_str(exc->args->items[0])->text();
  return std::nullopt;
}

namespace {
Ref<BaseExceptionObject> new_exception(Type* type, const std::string& message) {
  Value exc = make_exception(type, {make_str(message)});
  return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
}
}  // namespace

Ref<BaseExceptionObject> to_python_exception(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const PythonError& e) {
    return e.exc;
  } catch (const PythonCancelled& e) {
    return e.exc;
  } catch (const PythonInterrupt& e) {
    return e.exc;
  } catch (const aio::CancelledError& e) {
    return make_cancelled_error(e.message());
  } catch (const aio::KeyboardInterrupt&) {
    Value exc = make_exception(keyboard_interrupt_type, {});
    return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
  } catch (const aio::InvalidStateError& e) {
    return new_exception(invalid_state_error_type, e.what());
  } catch (const aio::TimeoutError& e) {
    Value exc = make_exception(timeout_error_type, {});
    return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
  } catch (const std::exception& e) {
    if (is_allocation_failure(std::current_exception())) {
      Value exc = make_exception(memory_error_type, {});
      return Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object()));
    }
    return new_exception(runtime_error_type, e.what());
  }
}

Value raise_exception_ptr(const std::exception_ptr& error) {
  restore_error(to_python_exception(error));
  return nullptr;
}

}  // namespace py
