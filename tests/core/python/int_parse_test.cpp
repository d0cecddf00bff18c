// int(text, base), int literals and str repr against CPython 3.11 (cases in int_parse_cases.inc
// come from gen/gen_parse_cases.py).
#include "python/int_parse.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "python/number_text.hpp"

namespace {

using py::NumErrc;

using namespace std::string_view_literals;

struct IntParseCase {
  std::string_view text;
  int base;
  bool ok;
  const char* value;
  const char* message;
};

#include "int_parse_cases.inc"

std::string decimal(const py::IntValue& v) { return v.to_bigint().to_decimal(0).value(); }

TEST(IntParseCases, MatchCPython) {
  std::size_t ok = 0;
  for (const auto& c : kIntParseCases) {
    SCOPED_TRACE(py::str_repr(c.text) + " base " + std::to_string(c.base));
    auto r = py::parse_int(c.text, c.base);
    if (c.ok) {
      ASSERT_TRUE(r.ok()) << r.error().message;
      EXPECT_EQ(decimal(*r), c.value);
      EXPECT_EQ(r->is_big, !r->to_bigint().fits_int64());
      ok++;
    } else {
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.code(), NumErrc::IntParse);
      EXPECT_EQ(r.error().type(), py::PyExcType::ValueError);
      EXPECT_EQ(r.error().message, c.message);
    }
  }
  EXPECT_GT(ok, 200u);
}

TEST(IntParse, BaseOutOfRange) {
  for (int base : {-1, 1, 37, 100}) {
    auto r = py::parse_int("1", base);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "int() base must be >= 2 and <= 36, or 0");
    EXPECT_EQ(r.error().type(), py::PyExcType::ValueError);
  }
}

TEST(IntParse, DigitLimitAsCPython) {
  // Messages from CPython 3.11.
  auto r = py::parse_int(std::string(5000, '1'), 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(r.error().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use "
            "sys.set_int_max_str_digits() to increase the limit");
  // Checked before the trailing garbage, and counting leading zeros but not underscores.
  EXPECT_EQ(py::parse_int(std::string(5000, '1') + "x", 10).code(), NumErrc::IntStrDigitsLimit);
  EXPECT_EQ(py::parse_int(std::string(4301, '0'), 0).error().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
            "sys.set_int_max_str_digits() to increase the limit");
  std::string underscored;
  for (int i = 0; i < 4300; i++) underscored += "1_";
  underscored += "1";
  EXPECT_NE(py::parse_int(underscored, 10).error().message.find("value has 4301 digits"), std::string::npos);
  // 4300 digits are fine, so are power-of-two bases and a raised or disabled limit.
  EXPECT_TRUE(py::parse_int(std::string(4300, '9'), 10).ok());
  EXPECT_TRUE(py::parse_int(" " + std::string(5000, '9'), 16).ok());
  EXPECT_TRUE(py::parse_int(std::string(5000, '9'), 10, 0).ok());
  EXPECT_TRUE(py::parse_int(std::string(5000, '9'), 10, 6000).ok());
  EXPECT_TRUE(py::parse_int(std::string(5000, 'z'), 36, 0).ok());
}

TEST(IntParse, MemoryLimit) {
  EXPECT_EQ(py::parse_int(std::string(2000, 'f'), 16, 4300, 100).code(), NumErrc::Memory);
  EXPECT_TRUE(py::parse_int(std::string(800, 'f'), 16, 4300, 100).ok());
}

TEST(IntParse, SmallValuesStayUnboxed) {
  auto r = py::parse_int("-9223372036854775808", 10).value();
  EXPECT_FALSE(r.is_big);
  EXPECT_EQ(r.small, INT64_MIN);
  r = py::parse_int("9223372036854775808", 10).value();
  EXPECT_TRUE(r.is_big);
  r = py::parse_int("  0x7fff_ffff_ffff_ffff ", 0).value();
  EXPECT_FALSE(r.is_big);
  EXPECT_EQ(r.small, INT64_MAX);
}

TEST(IntLiteral, Values) {
  struct {
    const char* token;
    const char* value;
  } cases[] = {{"0", "0"},          {"00", "0"},         {"0_0", "0"},      {"1_000", "1000"},
               {"0x_ff", "255"},    {"0XFF", "255"},     {"0o17", "15"},    {"0O1_7", "15"},
               {"0b1", "1"},        {"0B_1_0", "2"},     {"123456789012345678901234567890", "123456789012345678901234567890"},
               {"0xffffffffffffffffffff", "1208925819614629174706175"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.token);
    auto r = py::parse_int_literal(c.token);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(decimal(*r), c.value);
  }
}

TEST(IntLiteral, DecimalDigitLimitIsCPythonsSyntaxError) {
  auto r = py::parse_int_literal(std::string(4301, '1'));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
            "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to "
            "avoid decimal conversion limits.");
  EXPECT_TRUE(py::parse_int_literal("0x" + std::string(5000, 'f')).ok());
}

TEST(StrRepr, QuotesAndEscapesAsCPython) {
  // Expected texts from CPython 3.11's repr().
  EXPECT_EQ(py::str_repr("abc"), "'abc'");
  EXPECT_EQ(py::str_repr("a'b"), "\"a'b\"");
  EXPECT_EQ(py::str_repr("a'b\""), "'a\\'b\"'");
  EXPECT_EQ(py::str_repr("a\"b"), "'a\"b'");
  EXPECT_EQ(py::str_repr(std::string("\x7f\x00\t\n\r\\", 6)), "'\\x7f\\x00\\t\\n\\r\\\\'");
  EXPECT_EQ(py::str_repr("\xc3\xa9\xc2\x85\xc2\xa0\xe2\x80\xa8\xf0\x9f\x98\x80\xed\xa0\x80"),
            "'\xc3\xa9\\x85\\xa0\\u2028\xf0\x9f\x98\x80\\ud800'");  // 'é\x85\xa0\u2028😀\ud800'
  EXPECT_EQ(py::str_repr("\xcd\xb8"), "'\\u0378'");                 // unassigned
  EXPECT_EQ(py::str_repr("\xf3\xa0\x80\x81"), "'\\U000e0001'");     // U+E0001 LANGUAGE TAG (Cf)
  EXPECT_EQ(py::str_repr("\xe4\xb8\xad"), "'\xe4\xb8\xad'");        // CJK kept
  EXPECT_EQ(py::str_repr(""), "''");
}

TEST(StrRepr, Printable) {
  EXPECT_TRUE(py::is_printable(U' '));
  EXPECT_FALSE(py::is_printable(U'\x7f'));
  EXPECT_FALSE(py::is_printable(0xA0));
  EXPECT_TRUE(py::is_printable(0xA1));
  EXPECT_FALSE(py::is_printable(0xAD));
  EXPECT_TRUE(py::is_printable(0x1F600));
  EXPECT_FALSE(py::is_printable(0x10FFFF));
  EXPECT_FALSE(py::is_printable(0xE000));
}

TEST(NumericAscii, TransformsLikeCPython) {
  std::string buf;
  EXPECT_EQ(py::numeric_ascii("12", buf), "12");
  EXPECT_EQ(py::numeric_ascii("\xd9\xa1\xd9\xa2", buf), "12");               // ١٢
  EXPECT_EQ(py::numeric_ascii("\xf0\x9d\x9f\x8f", buf), "1");                // 𝟏
  EXPECT_EQ(py::numeric_ascii("\xe3\x80\x80" "5\xc3\xa9", buf), " 5?");     // U+3000, é
  EXPECT_EQ(py::truncate_code_points("\xc3\xa9\xc3\xa9x", 2), "\xc3\xa9\xc3\xa9");
}

}  // namespace
