// The tutorial's 13 programs parse, and their trees equal CPython's (positions included).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "python/ast_dump.hpp"
#include "python/parser.hpp"

namespace {

struct TutorialCase {
  std::string file;
  std::string dump;  // ast.dump(tree, include_attributes=True)
};

#define FRONTEND_AST_CASE(name, source, dump, attributes)
#define FRONTEND_TUTORIAL_CASE(file, dump) TutorialCase{file, dump},

const std::vector<TutorialCase>& cases() {
  static const std::vector<TutorialCase> all = {
#include "frontend_ast_cases.inc"
  };
  return all;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Tutorial, AllThirteenProgramsMatchCPython) {
  ASSERT_EQ(cases().size(), 13u);
  for (const TutorialCase& c : cases()) {
    std::string path = std::string(AIOPLAY_SOURCE_DIR) + "/tests/conformance/tutorial/" + c.file;
    std::string source = read_file(path);
    ASSERT_FALSE(source.empty()) << path;
    py::ParseResult result = py::parse_module(source);
    ASSERT_TRUE(result.ok()) << c.file << "\n" << py::format_syntax_error(*result.error);
    py::DumpOptions options;
    options.include_attributes = true;
    EXPECT_EQ(py::ast_dump(*result.module, options), c.dump) << c.file;
  }
}

}  // namespace
