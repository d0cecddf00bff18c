#include "python/num_error.hpp"

namespace py {

PyExcType exc_type(NumErrc code) {
  switch (code) {
    case NumErrc::IntFloorDivByZero:
    case NumErrc::IntModByZero:
    case NumErrc::IntTrueDivByZero:
    case NumErrc::FloatTrueDivByZero:
    case NumErrc::FloatFloorDivByZero:
    case NumErrc::FloatModByZero:
    case NumErrc::FloatDivmodByZero:
    case NumErrc::ZeroToNegativePower:
      return PyExcType::ZeroDivisionError;
    case NumErrc::IntTooLargeForFloat:
    case NumErrc::IntTrueDivOverflow:
    case NumErrc::FloatInfinityToInt:
    case NumErrc::FloatPowOverflow:
    case NumErrc::RoundOverflow:
    case NumErrc::CharOutOfRange:
    case NumErrc::IntTooLargeForCLong:
      return PyExcType::OverflowError;
    case NumErrc::Memory:
      return PyExcType::MemoryError;
    default:
      return PyExcType::ValueError;
  }
}

const char* fixed_message(NumErrc code) {
  switch (code) {
    case NumErrc::IntFloorDivByZero: return "integer division or modulo by zero";
    case NumErrc::IntModByZero: return "integer modulo by zero";
    case NumErrc::IntTrueDivByZero: return "division by zero";
    case NumErrc::FloatTrueDivByZero: return "float division by zero";
    case NumErrc::FloatFloorDivByZero: return "float floor division by zero";
    case NumErrc::FloatModByZero: return "float modulo";
    case NumErrc::FloatDivmodByZero: return "float divmod()";
    case NumErrc::ZeroToNegativePower: return "0.0 cannot be raised to a negative power";
    case NumErrc::PowModulusZero: return "pow() 3rd argument cannot be 0";
    case NumErrc::PowNotInvertible: return "base is not invertible for the given modulus";
    case NumErrc::NegativeShiftCount: return "negative shift count";
    case NumErrc::FloatNanToInt: return "cannot convert float NaN to integer";
    case NumErrc::IntBaseOutOfRange: return "int() base must be >= 2 and <= 36, or 0";
    case NumErrc::ComplexResult: return "complex numbers are not supported";
    case NumErrc::IntTooLargeForFloat: return "int too large to convert to float";
    case NumErrc::IntTrueDivOverflow: return "integer division result too large for a float";
    case NumErrc::FloatInfinityToInt: return "cannot convert float infinity to integer";
    case NumErrc::FloatPowOverflow: return "(34, 'Numerical result out of range')";
    case NumErrc::RoundOverflow: return "rounded value too large to represent";
    case NumErrc::CharOutOfRange: return "%c arg not in range(0x110000)";
    case NumErrc::IntTooLargeForCLong: return "Python int too large to convert to C long";
    default: return "";
  }
}

}  // namespace py
