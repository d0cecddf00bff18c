// Float arithmetic with Python semantics against CPython 3.11 (cases from
// gen/gen_float_ops_cases.py).
#include "python/float_ops.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "python/float_format.hpp"

namespace {

using py::NumErrc;

struct Outcome {
  bool ok;
  std::uint64_t bits;
  const char* exception;
  const char* message;
};
struct FloatBinaryCase {
  std::uint64_t a, b;
  Outcome ops[5];  // //, %, divmod()[0], divmod()[1], **
};
struct RoundCase {
  std::uint64_t x;
  std::int64_t ndigits;
  Outcome result;
};
struct FloatIntCase {
  std::uint64_t x;
  const char* round;  // decimal text, or "!" + error message
  const char* trunc;
  std::int64_t hash;
};

#include "float_ops_cases.inc"

double from_bits(std::uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}
std::uint64_t to_bits(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

const char* exc_name(py::PyExcType t) {
  switch (t) {
    case py::PyExcType::ValueError: return "ValueError";
    case py::PyExcType::ZeroDivisionError: return "ZeroDivisionError";
    case py::PyExcType::OverflowError: return "OverflowError";
    case py::PyExcType::MemoryError: return "MemoryError";
  }
  return "?";
}

void expect_outcome(const py::NumResult<double>& r, const Outcome& o, const char* what) {
  SCOPED_TRACE(what);
  if (o.ok) {
    ASSERT_TRUE(r.ok()) << r.error().message;
    // NaN payloads aside, results must be bit-identical (signed zeros included).
    if (std::isnan(*r)) {
      EXPECT_TRUE(std::isnan(from_bits(o.bits)));
    } else {
      EXPECT_EQ(to_bits(*r), o.bits) << py::float_repr(*r) << " vs " << py::float_repr(from_bits(o.bits));
    }
  } else if (std::string(o.exception) == "complex") {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), NumErrc::ComplexResult);
    EXPECT_EQ(r.error().message, "complex numbers are not supported");
  } else {
    ASSERT_FALSE(r.ok()) << py::float_repr(*r);
    EXPECT_STREQ(exc_name(r.error().type()), o.exception);
    EXPECT_EQ(r.error().message, o.message);
  }
}

py::NumResult<double> first(const py::NumResult<std::pair<double, double>>& r) {
  if (!r) return r.error();
  return r->first;
}
py::NumResult<double> second(const py::NumResult<std::pair<double, double>>& r) {
  if (!r) return r.error();
  return r->second;
}

TEST(FloatOps, BinaryMatchCPython) {
  for (const auto& c : kFloatBinaryCases) {
    const double a = from_bits(c.a), b = from_bits(c.b);
    SCOPED_TRACE(py::float_repr(a) + " ? " + py::float_repr(b));
    expect_outcome(py::float_floordiv(a, b), c.ops[0], "//");
    expect_outcome(py::float_mod(a, b), c.ops[1], "%");
    expect_outcome(first(py::float_divmod(a, b)), c.ops[2], "divmod[0]");
    expect_outcome(second(py::float_divmod(a, b)), c.ops[3], "divmod[1]");
    expect_outcome(py::float_pow(a, b), c.ops[4], "**");
  }
}

TEST(FloatOps, RoundMatchesCPython) {
  for (const auto& c : kRoundCases) {
    SCOPED_TRACE("round(" + py::float_repr(from_bits(c.x)) + ", " + std::to_string(c.ndigits) + ")");
    expect_outcome(py::float_round(from_bits(c.x), c.ndigits), c.result, "round");
  }
}

std::string int_text(const py::NumResult<py::IntValue>& r) {
  if (!r) return "!" + r.error().message;
  return r->to_bigint().to_decimal(0).value();
}

TEST(FloatOps, IntConversionsAndHashMatchCPython) {
  for (const auto& c : kFloatIntCases) {
    const double x = from_bits(c.x);
    SCOPED_TRACE(py::float_repr(x));
    EXPECT_EQ(int_text(py::float_round_to_int(x)), c.round);
    EXPECT_EQ(int_text(py::float_to_int(x)), c.trunc);
    if (!std::isnan(x)) {
      EXPECT_EQ(py::float_hash(x, 0), c.hash);
    }
  }
}

TEST(FloatOps, DocumentedExamples) {
  // Values from CPython 3.11.
  EXPECT_EQ(*py::float_mod(-7.5, 2), 0.5);
  EXPECT_EQ(py::float_divmod(-7.5, 2)->first, -4.0);
  EXPECT_EQ(py::float_pow(0.0, -1).error().message, "0.0 cannot be raised to a negative power");
  EXPECT_EQ(py::float_pow(10.0, 400).error().message, "(34, 'Numerical result out of range')");
  EXPECT_EQ(py::float_pow(-8.0, 1.0 / 3).code(), NumErrc::ComplexResult);
  EXPECT_EQ(py::float_truediv(1.0, 0.0).error().message, "float division by zero");
  EXPECT_EQ(py::float_floordiv(1.0, 0.0).error().message, "float floor division by zero");
  EXPECT_EQ(py::float_mod(1.0, 0.0).error().message, "float modulo");
  EXPECT_EQ(py::float_divmod(1.0, 0.0).error().message, "float divmod()");
  EXPECT_EQ(*py::float_round(2.675, 2), 2.67);
  EXPECT_EQ(*py::float_round(0.125, 2), 0.12);
  EXPECT_EQ(py::float_round_to_int(2.5)->small, 2);
  EXPECT_EQ(py::float_round(1.7e308, -308).error().message, "rounded value too large to represent");
  EXPECT_EQ(py::float_hash(HUGE_VAL, 0), 314159);
  EXPECT_EQ(py::float_hash(-HUGE_VAL, 0), -314159);
  EXPECT_EQ(py::float_hash(std::nan(""), 12345), 12345);
  EXPECT_EQ(py::float_hash(1.5, 0), 1152921504606846977);
  EXPECT_EQ(py::float_hash(-1.0, 0), -2);
  EXPECT_EQ(py::float_hash(1e300, 0), py::BigInt::from_double(1e300).value().hash());
}

TEST(FloatOps, CompareInt64WithDouble) {
  constexpr std::int64_t p53 = std::int64_t{1} << 53;
  EXPECT_EQ(py::compare_int64_with_double(p53 + 1, 9007199254740992.0), 1);
  EXPECT_EQ(py::compare_int64_with_double(p53, 9007199254740992.0), 0);
  EXPECT_EQ(py::compare_int64_with_double(-p53 - 1, -9007199254740992.0), -1);
  EXPECT_EQ(py::compare_int64_with_double(INT64_MAX, 9223372036854775808.0), -1);
  EXPECT_EQ(py::compare_int64_with_double(INT64_MIN, -9223372036854775808.0), 0);
  EXPECT_EQ(py::compare_int64_with_double(0, -0.0), 0);
  EXPECT_EQ(py::compare_int64_with_double(1, std::nan("")), 2);
  EXPECT_EQ(py::compare_int64_with_double(3, 2.5), 1);
  EXPECT_EQ(py::compare_int64_with_double(3, HUGE_VAL), -1);
}

}  // namespace
