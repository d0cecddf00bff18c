// Inputs meant to break the front end: deep nesting, huge programs, bytes that are not text. None
// may crash or overflow the native stack (the wasm build runs these with a 1 MB stack), and large
// inputs must parse in linear time.
#include <gtest/gtest.h>

#include <string>

#include "python/ast_dump.hpp"
#include "python/parser.hpp"

namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; i++) out += s;
  return out;
}

void expect_recursion_error(const std::string& source) {
  py::ParseResult r = py::parse_module(source);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->kind, py::ErrorKind::RecursionError);
  EXPECT_EQ(r.error->message, "maximum recursion depth exceeded during compilation");
  EXPECT_EQ(py::format_syntax_error(*r.error), "RecursionError: maximum recursion depth exceeded during compilation\n");
}

void expect_ok(const std::string& source) {
  py::ParseResult r = py::parse_module(source);
  EXPECT_TRUE(r.ok()) << (r.error ? py::format_syntax_error(*r.error) : "");
}

// Well below the limit, everything nests fine; a little above it, the front end says so.
constexpr int kFine = py::kDefaultMaxDepth - 100;

TEST(Hostile, TenThousandNestedBrackets) {
  for (const char* open : {"(", "[", "{"}) {
    py::ParseResult r = py::parse_module(repeat(open, 10000));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "too many nested parentheses");
    EXPECT_EQ(r.error->column, 201);  // the 201st bracket, as CPython reports it
  }
}

TEST(Hostile, BracketsUpToTheLimit) {
  expect_ok("x = " + repeat("(", 199) + "1" + repeat(")", 199) + "\n");
  expect_ok("x = " + repeat("[", 199) + repeat("]", 199) + "\n");
  expect_ok("x = " + repeat("{1:", 199) + "2" + repeat("}", 199) + "\n");
  expect_ok("x = " + repeat("f(", 199) + repeat(")", 199) + "\n");
}

TEST(Hostile, HundredThousandUnaryMinus) {
  expect_recursion_error(repeat("-", 100000) + "x\n");
  expect_recursion_error(repeat("~", 100000) + "x\n");
  expect_ok(repeat("-", kFine) + "x\n");
}

TEST(Hostile, HundredThousandNots) {
  expect_recursion_error(repeat("not ", 100000) + "x\n");
  expect_ok(repeat("not ", kFine) + "x\n");
}

TEST(Hostile, LongLeftLeaningChains) {
  // Parsed with loops, but the tree is as deep as the chain (CPython fails these too).
  expect_recursion_error("x = a" + repeat(".b", 100000) + "\n");
  expect_recursion_error("x = a" + repeat("[0]", 100000) + "\n");
  expect_recursion_error("x = a" + repeat("()", 100000) + "\n");
  expect_recursion_error("x = 1" + repeat(" + 1", 100000) + "\n");
  expect_ok("x = a" + repeat(".b", kFine) + "\n");
  expect_ok("x = 1" + repeat(" + 1", kFine) + "\n");
}

TEST(Hostile, RightLeaningChains) {
  expect_recursion_error("x = 2" + repeat(" ** 2", 100000) + "\n");
  expect_recursion_error("x = " + repeat("a if b else ", 100000) + "c\n");
  expect_recursion_error("x = " + repeat("lambda: ", 100000) + "0\n");
  expect_ok("x = 2" + repeat(" ** 2", kFine / 2) + "\n");
  expect_ok("x = " + repeat("a if b else ", kFine) + "c\n");
  expect_ok("x = " + repeat("lambda: ", kFine / 2) + "0\n");
}

TEST(Hostile, LongElifChain) {
  expect_recursion_error("if x:\n    pass\n" + repeat("elif x:\n    pass\n", 100000));
  expect_ok("if x:\n    pass\n" + repeat("elif x:\n    pass\n", kFine));
}

TEST(Hostile, DeepIndentation) {
  std::string source;
  for (int i = 0; i < 99; i++) source += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
  expect_ok(source + std::string(99, ' ') + "pass\n");
  source += std::string(99, ' ') + "if x:\n" + std::string(100, ' ') + "pass\n";
  py::ParseResult r = py::parse_module(source);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->kind, py::ErrorKind::IndentationError);
  EXPECT_EQ(r.error->message, "too many levels of indentation");
}

TEST(Hostile, NestedComprehensionsAndFStrings) {
  expect_ok("x = " + repeat("[y for y in ", 190) + "z" + repeat("]", 190) + "\n");
  expect_ok("x = " + repeat("f'{", 1) + "a" + repeat("}'", 1) + "\n");
  // Depth inside f-string fields counts too.
  expect_recursion_error("x = f'{" + repeat("-", 100000) + "a}'\n");
}

TEST(Hostile, OneMegabyteOneLinePrograms) {
  std::string list = "x = [";
  while (list.size() < (1u << 20)) list += "12345, ";
  list += "0]\n";
  std::string statements;
  while (statements.size() < (1u << 20)) statements += "a = b; ";
  statements += "c = d\n";
  std::string call = "f(";
  while (call.size() < (1u << 20)) call += "a, *b, ";
  call += "k=1, **c)\n";
  std::string text = "s = '";
  while (text.size() < (1u << 20)) text += "lorem ipsum \\n ";
  text += "'\n";
  std::string fstring = "s = f'";
  while (fstring.size() < (1u << 20)) fstring += "{a}{b!r:>{w}} ";
  fstring += "'\n";
  for (const std::string* source : {&list, &statements, &call, &text, &fstring}) {
    expect_ok(*source);
  }
}

TEST(Hostile, OneMegabyteWithAnErrorAtTheEnd) {
  // The second pass (CPython's error pass) finishes on a huge statement (bench/ measures how fast).
  std::string list = "x = [";
  while (list.size() < (1u << 20)) list += "a, ";
  list += "1 2]\n";
  py::ParseResult r = py::parse_module(list);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->message, "invalid syntax. Perhaps you forgot a comma?");

  std::string lines = repeat("x = 1\n", 150000) + "x = (\n";
  r = py::parse_module(lines);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->message, "'(' was never closed");
  EXPECT_EQ(r.error->line, 150001);
}

TEST(Hostile, NulBytes) {
  py::ParseResult r = py::parse_module(std::string("x = 1\ny = '\0'\n", 13));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->message, "source code cannot contain null bytes");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->text, "y = '");
  EXPECT_EQ(py::format_syntax_error(*r.error),
            "  File \"main.py\", line 2\n    y = '\nSyntaxError: source code cannot contain null bytes\n");
  r = py::parse_module(std::string(1000, '\0'));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->line, 1);
}

TEST(Hostile, InvalidUtf8) {
  const char* cases[] = {"\xff", "x = '\xc3'\n", "\xed\xa0\x80 = 1\n", "# \xf8\x88\x80\x80\x80\n", "\xc0\x80"};
  for (const char* source : cases) {
    py::ParseResult r = py::parse_module(source);
    ASSERT_FALSE(r.ok()) << source;
    EXPECT_EQ(r.error->line, 0);
    EXPECT_EQ(r.error->message.rfind("Non-UTF-8 code starting with '\\x", 0), 0u) << r.error->message;
    // No location: CPython prints the message alone.
    EXPECT_EQ(py::format_syntax_error(*r.error), "SyntaxError: " + r.error->message + "\n");
  }
}

TEST(Hostile, EveryByteValueAlone) {
  // Any single byte, anywhere, yields a result and never a crash.
  for (int b = 0; b < 256; b++) {
    std::string one(1, static_cast<char>(b));
    for (const std::string& source : {one, "x = " + one + "\n", "f(" + one + ")\n", "'" + one + "'\n", "f'{" + one + "}'\n"}) {
      py::ParseResult r = py::parse_module(source);
      EXPECT_TRUE(r.ok() || r.error.has_value());
    }
  }
}

TEST(Hostile, TruncationsOfAValidProgramNeverCrash) {
  const std::string program =
      "import asyncio\n\nasync def main(n: int = 3, *args, key=None, **kw) -> list[int]:\n"
      "    results = [await asyncio.sleep(i, result=i) for i in range(n) if i % 2 == 0]\n"
      "    with open('f') as f, (a := b) as c:\n        print(f\"{results!r:>{10}} {n=}\", sep='')\n"
      "    try:\n        raise ValueError('x') from None\n    except (ValueError, TypeError) as e:\n"
      "        pass\n    finally:\n        return results\n\nasyncio.run(main())\n";
  for (std::size_t n = 0; n <= program.size(); n++) {
    py::ParseResult r = py::parse_module(program.substr(0, n));
    EXPECT_TRUE(r.ok() || r.error.has_value());
    if (r.ok()) py::ast_dump(*r.module);
  }
}

}  // namespace
