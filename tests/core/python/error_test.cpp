// Every error case recorded from CPython 3.11 (gen/gen_frontend_cases.py): the SyntaxError's
// fields and what `python3 main.py` prints must match exactly.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "python/parser.hpp"
#include "python/syntax_error.hpp"

namespace {

struct ErrorCase {
  const char* name;
  std::string source;
  const char* kind;
  std::string message;
  int line;
  int column;
  int end_line;
  int end_column;
  std::string text;
  std::string printed;
};

#define FRONTEND_ERROR_CASE(name, source, kind, message, line, column, end_line, end_column, text, printed) \
  ErrorCase{#name,                                                                                         \
            std::string(source, sizeof(source) - 1),                                                       \
            #kind,                                                                                         \
            std::string(message, sizeof(message) - 1),                                                     \
            line,                                                                                          \
            column,                                                                                        \
            end_line,                                                                                      \
            end_column,                                                                                    \
            std::string(text, sizeof(text) - 1),                                                           \
            std::string(printed, sizeof(printed) - 1)},

const std::vector<ErrorCase>& cases() {
  static const std::vector<ErrorCase> all = {
#include "frontend_error_cases.inc"
  };
  return all;
}

// Where CPython's output cannot reasonably be reproduced. CPython reads error lines back from the
// file in 1000-byte chunks, so for very long lines its `text` is a fragment.
bool text_is_chunked(const ErrorCase& c) { return std::string(c.name) == "huge_decimal"; }

// gtest prints the parameter of a failing case; show its name rather than its bytes.
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

class CPythonErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CPythonErrors, MatchesCPython) {
  const ErrorCase& c = GetParam();
  py::ParseResult result = py::parse_module(c.source);
  ASSERT_FALSE(result.ok()) << "accepted: " << c.source;
  const py::SyntaxErrorInfo& e = *result.error;
  EXPECT_EQ(py::error_kind_name(e.kind), std::string(c.kind));
  EXPECT_EQ(e.message, c.message);
  EXPECT_EQ(e.line, c.line);
  EXPECT_EQ(e.column, c.column);
  EXPECT_EQ(e.end_line, c.end_line);
  EXPECT_EQ(e.end_column, c.end_column);
  if (!text_is_chunked(c)) {
    EXPECT_EQ(e.text, c.text);
    EXPECT_EQ(py::format_syntax_error(e, "main.py"), c.printed);
  }
}

INSTANTIATE_TEST_SUITE_P(Recorded, CPythonErrors, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

}  // namespace
