// How errors travel through the loop.
//
// C++ forces one choice here: a failed future stores a std::exception_ptr, and awaiting it rethrows
// that exception at the suspension point, exactly where asyncio would raise. Cancellation is the
// exception CancelledError. As in Python 3.8+, CancelledError and KeyboardInterrupt do NOT derive
// from std::exception, so `catch (const std::exception&)` (Python's `except Exception`) does not
// swallow a cancellation or an interrupt by accident.
#pragma once

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

namespace aio {

class CancelledError {
 public:
  CancelledError() = default;
  explicit CancelledError(std::optional<std::string> message) : message_(std::move(message)) {}
  // The message given to cancel(msg), if any (Python: exc.args).
  const std::optional<std::string>& message() const noexcept { return message_; }

 private:
  std::optional<std::string> message_;
};

// Raised out of the loop when the host interrupts it (Ctrl+C), as a signal handler would.
class KeyboardInterrupt {};

class InvalidStateError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

class TimeoutError : public std::runtime_error {
 public:
  TimeoutError() : std::runtime_error("") {}
};

// Whether `e` holds an exception of type E (or derived from it).
template <class E>
bool holds(const std::exception_ptr& e) noexcept {
  if (!e) return false;
  try {
    std::rethrow_exception(e);
  } catch (const E&) {
    return true;
  } catch (...) {
    return false;
  }
}

inline bool is_cancelled_error(const std::exception_ptr& e) noexcept { return holds<CancelledError>(e); }

}  // namespace aio
