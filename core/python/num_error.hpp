// Failures of the numeric foundations (BigInt, int()/float() parsing, formatting, float
// arithmetic), as values rather than C++ exceptions: the interpreter turns a NumError into the
// Python exception it names, with CPython 3.11's message text.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace py {

// The Python exception class a failure becomes.
enum class PyExcType : std::uint8_t {
  ValueError,
  ZeroDivisionError,
  OverflowError,
  MemoryError,
};

// Every distinct failure. Codes with a fixed CPython message get it from NumError's constructor;
// the others (marked "built") carry a message built by the function that failed.
enum class NumErrc : std::uint8_t {
  // ZeroDivisionError
  IntFloorDivByZero,     // "integer division or modulo by zero" (//, divmod)
  IntModByZero,          // "integer modulo by zero" (%)
  IntTrueDivByZero,      // "division by zero" (int / int)
  FloatTrueDivByZero,    // "float division by zero"
  FloatFloorDivByZero,   // "float floor division by zero"
  FloatModByZero,        // "float modulo"
  FloatDivmodByZero,     // "float divmod()"
  ZeroToNegativePower,   // "0.0 cannot be raised to a negative power"
  // ValueError
  PowModulusZero,        // "pow() 3rd argument cannot be 0"
  PowNotInvertible,      // "base is not invertible for the given modulus"
  NegativeShiftCount,    // "negative shift count"
  FloatNanToInt,         // "cannot convert float NaN to integer"
  IntBaseOutOfRange,     // "int() base must be >= 2 and <= 36, or 0"
  IntStrDigitsLimit,     // built: "Exceeds the limit (4300 digits) for integer string conversion..."
  IntParse,              // built: "invalid literal for int() with base 10: 'abc'"
  FloatParse,            // built: "could not convert string to float: 'abc'"
  FormatSpec,            // built: "Invalid format specifier ...", "Unknown format code ...", ...
  // Not a CPython failure: a negative float raised to a fractional power is a complex number in
  // Python 3, and complex is not supported; the engine raises ValueError with the message below.
  ComplexResult,         // "complex numbers are not supported"
  // OverflowError
  IntTooLargeForFloat,   // "int too large to convert to float"
  IntTrueDivOverflow,    // "integer division result too large for a float"
  FloatInfinityToInt,    // "cannot convert float infinity to integer"
  FloatPowOverflow,      // "(34, 'Numerical result out of range')"
  RoundOverflow,         // "rounded value too large to represent"
  CharOutOfRange,        // "%c arg not in range(0x110000)"
  IntTooLargeForCLong,   // "Python int too large to convert to C long"
  // MemoryError: a result would exceed the caller's size limit; refused before doing the work.
  Memory,                // "" (CPython raises MemoryError with no message)
};

PyExcType exc_type(NumErrc code);

// CPython's message for the codes with a fixed one; "" for the built ones and for Memory.
const char* fixed_message(NumErrc code);

struct NumError {
  NumErrc code;
  std::string message;

  NumError(NumErrc c) : code(c), message(fixed_message(c)) {}  // NOLINT: implicit on purpose
  NumError(NumErrc c, std::string built) : code(c), message(std::move(built)) {}
  PyExcType type() const { return exc_type(code); }
};

// A value or a NumError. Small on purpose: the interpreter checks ok() and moves the value out.
template <class T>
class [[nodiscard]] NumResult {
 public:
  NumResult(T value) : v_(std::in_place_index<0>, std::move(value)) {}        // NOLINT
  NumResult(NumError error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT
  NumResult(NumErrc code) : v_(std::in_place_index<1>, NumError(code)) {}      // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const NumError& error() const { return std::get<1>(v_); }
  NumErrc code() const { return error().code; }

 private:
  std::variant<T, NumError> v_;
};

}  // namespace py
