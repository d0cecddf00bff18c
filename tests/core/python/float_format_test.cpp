// repr(float), format() of floats and ints, float(text) against CPython 3.11 (cases from
// gen/gen_format_cases.py and gen/gen_parse_cases.py).
#include "python/float_format.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

#include "python/float_parse.hpp"
#include "python/format_spec.hpp"
#include "python/number_text.hpp"

namespace {

using namespace std::string_view_literals;
using py::NumErrc;

struct FloatFormatCase {
  std::uint64_t bits;
  std::string_view spec;
  bool ok;
  std::string_view result;
  const char* exception;
  const char* message;
};
struct IntFormatCase {
  const char* hex;
  std::string_view spec;
  bool ok;
  std::string_view result;
  const char* exception;
  const char* message;
};
struct ReprCase {
  std::uint64_t bits;
  const char* repr;
};
struct FloatParseCase {
  std::string_view text;
  bool ok;
  std::uint64_t bits;
  const char* message;
};

#include "float_parse_cases.inc"
#include "format_cases.inc"

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

template <class Case>
void expect_outcome(const py::NumResult<std::string>& r, const Case& c) {
  if (c.ok) {
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(*r, c.result);
  } else {
    ASSERT_FALSE(r.ok()) << *r;
    EXPECT_STREQ(exc_name(r.error().type()), c.exception);
    EXPECT_EQ(r.error().message, c.message);
  }
}

TEST(FloatRepr, MatchesCPython) {
  for (const auto& c : kReprCases) {
    EXPECT_EQ(py::float_repr(from_bits(c.bits)), c.repr);
  }
}

TEST(FloatRepr, DocumentedExamples) {
  EXPECT_EQ(py::float_repr(1e22), "1e+22");
  EXPECT_EQ(py::float_repr(1e-5), "1e-05");
  EXPECT_EQ(py::float_repr(0.0001), "0.0001");
  EXPECT_EQ(py::float_repr(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(py::float_repr(12345678901234567.0), "1.2345678901234568e+16");
  EXPECT_EQ(py::float_repr(HUGE_VAL), "inf");
  EXPECT_EQ(py::float_repr(-HUGE_VAL), "-inf");
  EXPECT_EQ(py::float_repr(std::nan("")), "nan");
  EXPECT_EQ(py::float_repr(-std::nan("")), "nan");
  EXPECT_EQ(py::float_repr(-0.0), "-0.0");
  EXPECT_EQ(py::float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(py::float_repr(5e-324), "5e-324");
  EXPECT_EQ(py::float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
}

// Shortest round trip on random bit patterns, checked without Python: the digits read back
// exactly, and one digit fewer (correctly rounded by printf) does not.
TEST(FloatRepr, ShortestRoundTripOnRandomBits) {
  std::mt19937_64 rng(42);
  int checked = 0;
  for (int i = 0; i < 20000; i++) {
    const double x = from_bits(rng());
    if (!std::isfinite(x) || x == 0) continue;
    const std::string r = py::float_repr(x);
    ASSERT_EQ(std::strtod(r.c_str(), nullptr), x) << r;
    // Significant digits: no leading zeros ("0.000123"), no trailing ".0".
    std::string mant = r.substr(0, r.find('e'));
    std::string digits;
    for (char ch : mant) {
      if (ch >= '0' && ch <= '9') digits += ch;
    }
    digits.erase(0, digits.find_first_not_of('0'));
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    const int n = static_cast<int>(digits.size());
    if (n > 1) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.*e", n - 2, x);
      EXPECT_NE(std::strtod(buf, nullptr), x) << r << " vs " << buf;
    }
    checked++;
  }
  EXPECT_GT(checked, 19000);
}

TEST(FloatFormat, MatchesCPython) {
  std::size_t n = 0;
  for (const auto& c : kFloatFormatCases) {
    SCOPED_TRACE(py::float_repr(from_bits(c.bits)) + " spec " + py::str_repr(c.spec));
    expect_outcome(py::format_float(from_bits(c.bits), c.spec), c);
    n++;
  }
  EXPECT_GT(n, 4000u);
}

TEST(IntFormat, MatchesCPython) {
  for (const auto& c : kIntFormatCases) {
    SCOPED_TRACE(std::string(c.hex) + " spec " + py::str_repr(c.spec));
    std::string_view h = c.hex;
    const bool neg = h[0] == '-';
    if (neg) h.remove_prefix(1);
    const py::BigInt x = py::BigInt::from_digits(h, 16, neg).value();
    expect_outcome(py::format_int(x, c.spec), c);
    if (x.fits_int64()) expect_outcome(py::format_int(x.to_int64(), c.spec), c);
  }
}

TEST(Format, TypeNameInMessages) {
  // format(True, 'abc') in CPython 3.11.
  EXPECT_EQ(py::format_int(std::int64_t{1}, "abc", "bool").error().message,
            "Invalid format specifier 'abc' for object of type 'bool'");
  EXPECT_EQ(py::format_int(std::int64_t{1}, "q", "bool").error().message,
            "Unknown format code 'q' for object of type 'bool'");
}

TEST(Format, HugeWidthOrPrecisionFailsFast) {
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(py::format_int(std::int64_t{1}, "2147483648").code(), NumErrc::Memory);
  EXPECT_EQ(py::format_float(1.0, "2147483648").code(), NumErrc::Memory);
  EXPECT_EQ(py::format_float(1.0, ".2000000000f").code(), NumErrc::Memory);
  EXPECT_EQ(py::format_float(1.0, ".2000000000e").code(), NumErrc::Memory);
  EXPECT_EQ(py::format_float(1.0, "#.2000000000g").code(), NumErrc::Memory);
  EXPECT_EQ(*py::format_float(1.0, ".2000000000g"), "1");
  EXPECT_EQ(py::format_float(1.0, ".2147483648f").error().message, "precision too big");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
  py::FormatLimits small;
  small.max_length = 10;
  EXPECT_EQ(py::format_int(std::int64_t{1}, "11", "int", small).code(), NumErrc::Memory);
  EXPECT_TRUE(py::format_int(std::int64_t{1}, "10", "int", small).ok());
  // Big precisions that are allowed still come out right: the exact digits end, zeros follow.
  const std::string f = *py::format_float(0.1, ".1100f");
  EXPECT_EQ(f.size(), 1102u);
  EXPECT_EQ(f.substr(0, 30), "0.1000000000000000055511151231");
  EXPECT_EQ(f.find_last_not_of('0'), 56u);
}

TEST(Format, IntDigitLimit) {
  const py::BigInt big = py::BigInt::pow(py::BigInt(10), py::BigInt(5000)).value();
  EXPECT_EQ(py::format_int(big, "").code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(py::format_int(big, "d").code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(py::format_int(big, "x")->substr(0, 5), "31e20");
  EXPECT_EQ(py::format_int(big, "e").error().message, "int too large to convert to float");
}

TEST(FloatParse, MatchesCPython) {
  for (const auto& c : kFloatParseCases) {
    SCOPED_TRACE(py::str_repr(c.text));
    auto r = py::parse_float(c.text);
    if (c.ok) {
      ASSERT_TRUE(r.ok()) << r.error().message;
      EXPECT_EQ(to_bits(*r), c.bits);
    } else {
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.code(), NumErrc::FloatParse);
      EXPECT_EQ(r.error().type(), py::PyExcType::ValueError);
      EXPECT_EQ(r.error().message, c.message);
    }
  }
}

TEST(FloatParse, Literals) {
  EXPECT_EQ(py::parse_float_literal("1_000.5"), 1000.5);
  EXPECT_EQ(py::parse_float_literal("1e1_0"), 1e10);
  EXPECT_EQ(py::parse_float_literal(".5"), 0.5);
  EXPECT_EQ(py::parse_float_literal("5."), 5.0);
  EXPECT_EQ(py::parse_float_literal("1e500"), HUGE_VAL);
  EXPECT_EQ(py::parse_float_literal("0.1"), 0.1);
}

}  // namespace
