// A value or the exception that replaced it: what gather(..., return_exceptions) collects.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace aio {

// The value a Future<T> produces, with void mapped to an empty value so that it can be stored.
template <class T>
using ValueOf = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template <class T>
class Outcome {
 public:
  Outcome(ValueOf<T> value) : v_(std::move(value)) {}
  Outcome(std::exception_ptr error) : v_(std::move(error)) {}

  bool has_value() const noexcept { return v_.index() == 0; }
  const ValueOf<T>& value() const {
    if (!has_value()) std::rethrow_exception(error());
    return std::get<0>(v_);
  }
  std::exception_ptr error() const noexcept { return has_value() ? nullptr : std::get<1>(v_); }

 private:
  std::variant<ValueOf<T>, std::exception_ptr> v_;
};

}  // namespace aio
