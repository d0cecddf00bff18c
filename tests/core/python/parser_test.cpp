// ASTs compared with CPython's ast.dump() (recorded by gen/gen_frontend_cases.py), plus checks of
// the C++ tree API a compiler will use.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "python/ast_dump.hpp"
#include "python/parser.hpp"

namespace {

struct AstCase {
  const char* name;
  std::string source;
  std::string dump;
  std::string dump_with_attributes;
};

#define FRONTEND_AST_CASE(name, source, dump, attributes) \
  AstCase{#name, std::string(source, sizeof(source) - 1), dump, attributes},
#define FRONTEND_TUTORIAL_CASE(name, dump)

const std::vector<AstCase>& cases() {
  static const std::vector<AstCase> all = {
#include "frontend_ast_cases.inc"
  };
  return all;
}

void PrintTo(const AstCase& c, std::ostream* os) { *os << c.name; }

class CPythonAst : public ::testing::TestWithParam<AstCase> {};

TEST_P(CPythonAst, DumpMatchesCPython) {
  const AstCase& c = GetParam();
  py::ParseOptions no_compile_checks;  // like ast.parse(): some cases would not compile
  no_compile_checks.check_context = false;
  py::ParseResult result = py::parse_module(c.source, no_compile_checks);
  ASSERT_TRUE(result.ok()) << py::format_syntax_error(*result.error);
  EXPECT_EQ(py::ast_dump(*result.module), c.dump);
  py::DumpOptions options;
  options.include_attributes = true;
  EXPECT_EQ(py::ast_dump(*result.module, options), c.dump_with_attributes);
}

INSTANTIATE_TEST_SUITE_P(Recorded, CPythonAst, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<AstCase>& info) { return std::string(info.param.name); });

const py::ast::Module& parse_ok(std::string_view source, py::ParseResult& holder) {
  holder = py::parse_module(source);
  EXPECT_TRUE(holder.ok()) << (holder.error ? py::format_syntax_error(*holder.error) : "");
  return *holder.module;
}

TEST(ParserApi, NodesDowncastByKind) {
  py::ParseResult r;
  const auto& m = parse_ok("async def f(a, *b, c=1, **d):\n    async for x in y:\n        await x\n", r);
  ASSERT_EQ(m.body.size(), 1u);
  const auto* f = m.body[0]->try_as<py::ast::FunctionDef>();
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->is_async());
  EXPECT_EQ(f->kind, py::ast::StmtKind::AsyncFunctionDef);
  EXPECT_EQ(f->name, "f");
  EXPECT_EQ(f->args->args.size(), 1u);
  ASSERT_NE(f->args->vararg, nullptr);
  EXPECT_EQ(f->args->vararg->name, "b");
  ASSERT_EQ(f->args->kwonlyargs.size(), 1u);
  ASSERT_EQ(f->args->kw_defaults.size(), 1u);
  EXPECT_NE(f->args->kw_defaults[0], nullptr);
  EXPECT_EQ(f->args->kwarg->name, "d");
  const auto* loop = f->body[0]->as<py::ast::For>();
  EXPECT_TRUE(loop->is_async());
  const auto* stmt = loop->body[0]->as<py::ast::ExprStmt>();
  EXPECT_EQ(stmt->value->kind, py::ast::ExprKind::Await);
  EXPECT_EQ(stmt->value->try_as<py::ast::Name>(), nullptr);
}

TEST(ParserApi, IntegerLiteralsKeepEveryDigit) {
  py::ParseResult r;
  const auto& m = parse_ok("x = 0xFFFF_FFFF_FFFF_FFFF_FFFF, 12345678901234567890123, 7, 0b101, 0o17, 00\n", r);
  const auto* tuple = m.body[0]->as<py::ast::Assign>()->value->as<py::ast::Tuple>();
  const auto* big_hex = tuple->elts[0]->as<py::ast::Constant>();
  EXPECT_EQ(big_hex->value_kind, py::ast::ConstantKind::Int);
  EXPECT_EQ(big_hex->int_base, 16);
  EXPECT_EQ(big_hex->text, "ffffffffffffffffffff");
  EXPECT_FALSE(big_hex->int_fits_int64);
  const auto* big_dec = tuple->elts[1]->as<py::ast::Constant>();
  EXPECT_EQ(big_dec->text, "12345678901234567890123");
  EXPECT_EQ(py::constant_repr(big_hex), "1208925819614629174706175");
  const auto* seven = tuple->elts[2]->as<py::ast::Constant>();
  EXPECT_TRUE(seven->int_fits_int64);
  EXPECT_EQ(seven->int_value, 7);
  EXPECT_EQ(tuple->elts[3]->as<py::ast::Constant>()->int_value, 5);
  EXPECT_EQ(tuple->elts[4]->as<py::ast::Constant>()->int_value, 15);
  EXPECT_EQ(tuple->elts[5]->as<py::ast::Constant>()->text, "0");
}

TEST(ParserApi, StringsAreDecodedUtf8) {
  py::ParseResult r;
  const auto& m = parse_ok("s = 'caf\\xe9 \\u20ac \\U0001F600 \\q' 'x'\nb = b'\\xff\\x00'\ns2 = '\\ud800'\n", r);
  const auto* s = m.body[0]->as<py::ast::Assign>()->value->as<py::ast::Constant>();
  EXPECT_EQ(s->value_kind, py::ast::ConstantKind::Str);
  EXPECT_EQ(s->text, "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \\qx");
  const auto* b = m.body[1]->as<py::ast::Assign>()->value->as<py::ast::Constant>();
  EXPECT_EQ(b->value_kind, py::ast::ConstantKind::Bytes);
  EXPECT_EQ(b->text, std::string("\xff\x00", 2));
  // A lone surrogate survives as WTF-8.
  const auto* sur = m.body[2]->as<py::ast::Assign>()->value->as<py::ast::Constant>();
  EXPECT_EQ(sur->text, "\xED\xA0\x80");
  EXPECT_EQ(py::constant_repr(sur), "'\\ud800'");
}

TEST(ParserApi, DebugFStringKeepsExpressionText) {
  py::ParseResult r;
  const auto& m = parse_ok("f'{a + b = }'\n", r);
  const auto* j = m.body[0]->as<py::ast::ExprStmt>()->value->as<py::ast::JoinedStr>();
  ASSERT_EQ(j->values.size(), 2u);
  EXPECT_EQ(j->values[0]->as<py::ast::Constant>()->text, "a + b = ");
  const auto* fv = j->values[1]->as<py::ast::FormattedValue>();
  EXPECT_EQ(fv->conversion, 'r');
  EXPECT_EQ(fv->value->kind, py::ast::ExprKind::BinOp);
}

TEST(ParserApi, ElifChainsNestInOrelse) {
  py::ParseResult r;
  const auto& m = parse_ok("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n", r);
  const auto* outer = m.body[0]->as<py::ast::If>();
  ASSERT_EQ(outer->orelse.size(), 1u);
  const auto* inner = outer->orelse[0]->as<py::ast::If>();
  EXPECT_EQ(inner->loc.line, 3);
  EXPECT_EQ(inner->orelse[0]->kind, py::ast::StmtKind::Assign);
}

TEST(ParserApi, EmptyAndBlankPrograms) {
  for (const char* source : {"", "\n", " \n", "# only a comment", "\n\n   \n\t\n", "\xEF\xBB\xBF"}) {
    py::ParseResult r = py::parse_module(source);
    ASSERT_TRUE(r.ok()) << source;
    EXPECT_TRUE(r.module->body.empty());
  }
}

TEST(ParserApi, MatchStatementsAreRejectedClearly) {
  py::ParseResult r = py::parse_module("match command:\n    case 'go':\n        pass\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->message, "match statements are not supported");
  EXPECT_EQ(r.error->line, 1);
  EXPECT_EQ(r.error->column, 1);
  EXPECT_EQ(r.error->end_column, 6);
  // `match` stays an ordinary name elsewhere.
  EXPECT_TRUE(py::parse_module("match = re.match(p, s)\nmatch(x)\nmatch[1] = 2\n").ok());
}

TEST(ParserApi, ContextChecksCanBeDisabled) {
  py::ParseOptions options;
  options.check_context = false;
  EXPECT_TRUE(py::parse_module("return 1\nbreak\nawait x\n", options).ok());
  EXPECT_FALSE(py::parse_module("return 1\n").ok());
}

}  // namespace
