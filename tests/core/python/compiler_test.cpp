// The compiler: instruction shapes (via the disassembler), code object metadata, exception
// tables, stack sizes and source positions, checked against CPython 3.11 where the two
// instruction sets agree (stack sizes, positions, names, localsplus layout).
#include "python/compiler.hpp"

#include <gtest/gtest.h>

#include "python/dis.hpp"
#include "python/heap.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

class CompilerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime(); }

  CompileResult compile(std::string_view code) {
    return compile_module(std::make_shared<const SourceText>(code));
  }
  Ref<CodeObject> compile_ok(std::string_view code) {
    CompileResult r = compile(code);
    EXPECT_FALSE(r.error) << code << "\n" << (r.error ? r.error->message : "");
    return r.code;
  }
  // The code objects of a program, depth first (as disassemble_recursive prints them).
  static void collect(const CodeObject& code, std::vector<const CodeObject*>& out) {
    out.push_back(&code);
    for (const Value& c : code.consts) {
      if (c.is_object() && c.type() == code_type) collect(*static_cast<const CodeObject*>(c.object()), out);
    }
  }
  std::vector<const CodeObject*> all_code(const Ref<CodeObject>& code) {
    std::vector<const CodeObject*> out;
    collect(*code, out);
    return out;
  }
  // Each instruction as "OPNAME" (no arguments), for shape checks.
  static std::string opnames(const CodeObject& code) {
    std::string out;
    for (Instr i : code.instructions) out += std::string(out.empty() ? "" : " ") + opcode_name(i.op());
    return out;
  }

  Heap heap_;
  Heap::Scope scope_{heap_};
};

TEST_F(CompilerTest, ModuleDisassembly) {
  Ref<CodeObject> code = compile_ok("x = 1\nprint(x)\n");
  EXPECT_EQ(disassemble(*code),
            "   1       0 LOAD_CONST             0 (1)\n"
            "           1 STORE_NAME             0 (x)\n"
            "\n"
            "   2       2 PUSH_NULL\n"
            "           3 LOAD_NAME              1 (print)\n"
            "           4 LOAD_NAME              0 (x)\n"
            "           5 CALL                   1\n"
            "           6 POP_TOP\n"
            "           7 LOAD_CONST             1 (None)\n"
            "           8 RETURN_VALUE\n");
  EXPECT_EQ(code->name->text(), "<module>");
  EXPECT_EQ(code->qualname->text(), "<module>");
  EXPECT_EQ(code->firstlineno, 1);
  EXPECT_EQ(code->flags, 0u);
}

TEST_F(CompilerTest, FunctionArgumentsAndDefaults) {
  Ref<CodeObject> module = compile_ok("def f(a, b=2, /, *args, c, d=4, **kw):\n    '''doc'''\n    return a + b\n");
  auto codes = all_code(module);
  ASSERT_EQ(codes.size(), 2u);
  const CodeObject& f = *codes[1];
  EXPECT_EQ(opnames(*module),
            "LOAD_CONST BUILD_TUPLE LOAD_CONST LOAD_CONST BUILD_CONST_KEY_MAP LOAD_CONST MAKE_FUNCTION STORE_NAME "
            "LOAD_CONST RETURN_VALUE");
  EXPECT_EQ(module->instructions[6].arg(), 3u);  // defaults | kwdefaults
  EXPECT_EQ(f.argcount, 2);
  EXPECT_EQ(f.posonlyargcount, 2);
  EXPECT_EQ(f.kwonlyargcount, 2);
  EXPECT_EQ(f.flags, kCodeOptimized | kCodeNewLocals | kCodeVarargs | kCodeVarKeywords);
  std::vector<std::string> names;
  for (const auto& n : f.localsplus_names) names.push_back(n->text());
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b", "c", "d", "args", "kw"}));
  for (std::uint8_t kind : f.localsplus_kinds) EXPECT_EQ(kind, kLocalPlain | kLocalArg);
  ASSERT_FALSE(f.consts.empty());
  EXPECT_EQ(as_str(f.consts[0])->text(), "doc");
  EXPECT_EQ(opnames(f), "LOAD_FAST LOAD_FAST BINARY_OP RETURN_VALUE");
}

TEST_F(CompilerTest, ClosuresUseCellsAndFreeVariables) {
  Ref<CodeObject> module = compile_ok("def f(a):\n    x = 1\n    def g():\n        return x + a\n    return g\n");
  auto codes = all_code(module);
  const CodeObject& f = *codes[1];
  const CodeObject& g = *codes[2];
  // f: a is an argument and a cell; x is a cell-only slot after the locals.
  std::vector<std::string> names;
  for (const auto& n : f.localsplus_names) names.push_back(n->text());
  EXPECT_EQ(names, (std::vector<std::string>{"a", "g", "x"}));
  EXPECT_EQ(f.localsplus_kinds, (std::vector<std::uint8_t>{kLocalCell | kLocalArg, kLocalPlain, kLocalCell}));
  EXPECT_EQ(f.nlocals, 2);
  EXPECT_EQ(f.ncells, 2);
  EXPECT_EQ(opnames(f),
            "MAKE_CELL MAKE_CELL LOAD_CONST STORE_DEREF LOAD_CLOSURE LOAD_CLOSURE BUILD_TUPLE LOAD_CONST "
            "MAKE_FUNCTION STORE_FAST LOAD_FAST RETURN_VALUE");
  EXPECT_EQ(f.instructions[0].arg(), 0u);  // MAKE_CELL a
  EXPECT_EQ(f.instructions[1].arg(), 2u);  // MAKE_CELL x (after the locals a, g)
  EXPECT_EQ(g.nfreevars, 2);
  EXPECT_EQ(g.qualname->text(), "f.<locals>.g");
  EXPECT_EQ(g.flags, kCodeOptimized | kCodeNewLocals | kCodeNested);
  EXPECT_EQ(opnames(g), "COPY_FREE_VARS LOAD_DEREF LOAD_DEREF BINARY_OP RETURN_VALUE");
  EXPECT_EQ(disassemble(g),
            "           0 COPY_FREE_VARS         2\n"
            "\n"
            "   4       1 LOAD_DEREF             1 (x)\n"
            "           2 LOAD_DEREF             0 (a)\n"
            "           3 BINARY_OP              0 (+)\n"
            "           4 RETURN_VALUE\n");
}

TEST_F(CompilerTest, ClassBodyAndSuperCell) {
  Ref<CodeObject> module = compile_ok("class C(B):\n    '''doc'''\n    def m(self):\n        return super().m()\n");
  auto codes = all_code(module);
  const CodeObject& c = *codes[1];
  const CodeObject& m = *codes[2];
  EXPECT_EQ(opnames(*module),
            "PUSH_NULL LOAD_BUILD_CLASS LOAD_CONST MAKE_FUNCTION LOAD_CONST LOAD_NAME CALL STORE_NAME LOAD_CONST "
            "RETURN_VALUE");
  EXPECT_EQ(opnames(c),
            "MAKE_CELL LOAD_NAME STORE_NAME LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_CLOSURE BUILD_TUPLE "
            "LOAD_CONST MAKE_FUNCTION STORE_NAME LOAD_CLOSURE COPY STORE_NAME RETURN_VALUE");
  EXPECT_EQ(c.flags, 0u);
  EXPECT_EQ(m.qualname->text(), "C.m");
  EXPECT_EQ(opnames(m), "COPY_FREE_VARS LOAD_GLOBAL CALL LOAD_METHOD CALL RETURN_VALUE");
  EXPECT_EQ(m.instructions[1].arg(), 1u);  // NULL + super
  EXPECT_EQ(m.localsplus_names.back()->text(), "__class__");
}

// The handler stores the exception in e, then deletes e however the handler body ends. Depths:
// the handler body runs above the previous exception ([1]), and every handler but the first
// records the raising instruction (lasti), as CPython 3.11's table does.
TEST_F(CompilerTest, TryExceptAsDeletesTheName) {
  Ref<CodeObject> code = compile_ok("try:\n    f()\nexcept ValueError as e:\n    print(e)\n");
  EXPECT_EQ(disassemble(*code),
            "   1       0 NOP\n"
            "\n"
            "   2       1 PUSH_NULL\n"
            "           2 LOAD_NAME              0 (f)\n"
            "           3 CALL                   0\n"
            "           4 POP_TOP\n"
            "           5 JUMP                   29\n"
            "     >>    6 PUSH_EXC_INFO\n"
            "\n"
            "   3       7 LOAD_NAME              1 (ValueError)\n"
            "           8 CHECK_EXC_MATCH\n"
            "           9 POP_JUMP_IF_FALSE      25\n"
            "          10 STORE_NAME             2 (e)\n"
            "\n"
            "   4      11 PUSH_NULL\n"
            "          12 LOAD_NAME              3 (print)\n"
            "          13 LOAD_NAME              2 (e)\n"
            "          14 CALL                   1\n"
            "          15 POP_TOP\n"
            "          16 POP_EXCEPT\n"
            "          17 LOAD_CONST             0 (None)\n"
            "          18 STORE_NAME             2 (e)\n"
            "          19 DELETE_NAME            2 (e)\n"
            "          20 JUMP                   29\n"
            "     >>   21 LOAD_CONST             0 (None)\n"
            "          22 STORE_NAME             2 (e)\n"
            "          23 DELETE_NAME            2 (e)\n"
            "          24 RERAISE                1\n"
            "\n"
            "   3 >>   25 RERAISE                0\n"
            "     >>   26 COPY                   3\n"
            "          27 POP_EXCEPT\n"
            "          28 RERAISE                1\n"
            "     >>   29 LOAD_CONST             0 (None)\n"
            "          30 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  1 to 4 -> 6 [0]\n"
            "  6 to 10 -> 26 [1] lasti\n"
            "  11 to 15 -> 21 [1] lasti\n"
            "  21 to 25 -> 26 [1] lasti\n");
}

TEST_F(CompilerTest, WithStatementsCallExit) {
  Ref<CodeObject> code = compile_ok("with a as b, c:\n    d()\n");
  EXPECT_EQ(disassemble(*code),
            "   1       0 LOAD_NAME              0 (a)\n"
            "           1 BEFORE_WITH\n"
            "           2 STORE_NAME             1 (b)\n"
            "           3 LOAD_NAME              2 (c)\n"
            "           4 BEFORE_WITH\n"
            "           5 POP_TOP\n"
            "\n"
            "   2       6 PUSH_NULL\n"
            "           7 LOAD_NAME              3 (d)\n"
            "           8 CALL                   0\n"
            "           9 POP_TOP\n"
            "\n"
            "   1      10 LOAD_CONST             0 (None)\n"
            "          11 LOAD_CONST             0 (None)\n"
            "          12 LOAD_CONST             0 (None)\n"
            "          13 CALL                   2\n"
            "          14 POP_TOP\n"
            "          15 JUMP                   27\n"
            "     >>   16 PUSH_EXC_INFO\n"
            "          17 WITH_EXCEPT_START\n"
            "          18 POP_JUMP_IF_TRUE       23\n"
            "          19 RERAISE                2\n"
            "     >>   20 COPY                   3\n"
            "          21 POP_EXCEPT\n"
            "          22 RERAISE                1\n"
            "     >>   23 POP_TOP\n"
            "          24 POP_EXCEPT\n"
            "          25 POP_TOP\n"
            "          26 POP_TOP\n"
            "     >>   27 LOAD_CONST             0 (None)\n"
            "          28 LOAD_CONST             0 (None)\n"
            "          29 LOAD_CONST             0 (None)\n"
            "          30 CALL                   2\n"
            "          31 POP_TOP\n"
            "          32 JUMP                   44\n"
            "     >>   33 PUSH_EXC_INFO\n"
            "          34 WITH_EXCEPT_START\n"
            "          35 POP_JUMP_IF_TRUE       40\n"
            "          36 RERAISE                2\n"
            "     >>   37 COPY                   3\n"
            "          38 POP_EXCEPT\n"
            "          39 RERAISE                1\n"
            "     >>   40 POP_TOP\n"
            "          41 POP_EXCEPT\n"
            "          42 POP_TOP\n"
            "          43 POP_TOP\n"
            "     >>   44 LOAD_CONST             0 (None)\n"
            "          45 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  2 to 4 -> 33 [1] lasti\n"
            "  5 to 9 -> 16 [2] lasti\n"
            "  10 to 15 -> 33 [1] lasti\n"
            "  16 to 19 -> 20 [4] lasti\n"
            "  20 to 22 -> 33 [1] lasti\n"
            "  23 to 23 -> 20 [4] lasti\n"
            "  24 to 26 -> 33 [1] lasti\n"
            "  33 to 36 -> 37 [3] lasti\n"
            "  40 to 40 -> 37 [3] lasti\n");
}

TEST_F(CompilerTest, BreakRunsTheFinallyBody) {
  Ref<CodeObject> code = compile_ok("def f():\n    for x in y:\n        try:\n            break\n        finally:\n            g()\n");
  EXPECT_EQ(disassemble(*all_code(code)[1]),
            "   2       0 LOAD_GLOBAL            0 (y)\n"
            "           1 GET_ITER\n"
            "           2 FOR_ITER               19\n"
            "           3 STORE_FAST             0 (x)\n"
            "\n"
            "   3       4 NOP\n"
            "\n"
            "   4       5 NOP\n"
            "\n"
            "   6       6 LOAD_GLOBAL            3 (NULL + g)\n"
            "           7 CALL                   0\n"
            "           8 POP_TOP\n"
            "           9 POP_TOP\n"
            "          10 JUMP                   19\n"
            "          11 PUSH_EXC_INFO\n"
            "          12 LOAD_GLOBAL            3 (NULL + g)\n"
            "          13 CALL                   0\n"
            "          14 POP_TOP\n"
            "          15 RERAISE                0\n"
            "     >>   16 COPY                   3\n"
            "          17 POP_EXCEPT\n"
            "          18 RERAISE                1\n"
            "     >>   19 LOAD_CONST             0 (None)\n"
            "          20 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  11 to 15 -> 16 [2] lasti\n");
}

// await delegates with SEND / YIELD_VALUE until the awaitable returns; an async generator's own
// yields are marked (YIELD_VALUE 1) so the VM can tell them from the awaits' yields.
TEST_F(CompilerTest, CoroutinesAndAsyncGenerators) {
  Ref<CodeObject> code = compile_ok("async def f():\n    await g()\nasync def ag():\n    yield 1\n");
  auto codes = all_code(code);
  const CodeObject& f = *codes[1];
  const CodeObject& ag = *codes[2];
  EXPECT_EQ(f.flags, kCodeOptimized | kCodeNewLocals | kCodeCoroutine);
  EXPECT_EQ(disassemble(f),
            "   2       0 LOAD_GLOBAL            1 (NULL + g)\n"
            "           1 CALL                   0\n"
            "           2 GET_AWAITABLE          0\n"
            "           3 LOAD_CONST             0 (None)\n"
            "     >>    4 SEND                   7\n"
            "           5 YIELD_VALUE            0\n"
            "           6 JUMP                   4\n"
            "     >>    7 POP_TOP\n"
            "           8 LOAD_CONST             0 (None)\n"
            "           9 RETURN_VALUE\n");
  EXPECT_EQ(ag.flags, kCodeOptimized | kCodeNewLocals | kCodeAsyncGenerator);
  EXPECT_EQ(opnames(ag), "LOAD_CONST YIELD_VALUE POP_TOP LOAD_CONST RETURN_VALUE");
  EXPECT_EQ(ag.instructions[1].arg(), 1u);
}

// co_stacksize of every code object, recorded from CPython 3.11 (depth first).
struct StackCase {
  const char* source;
  std::vector<int> sizes;
};

class StackSizes : public CompilerTest, public testing::WithParamInterface<StackCase> {};

TEST_P(StackSizes, MatchCPython) {
  Ref<CodeObject> code = compile_ok(GetParam().source);
  ASSERT_TRUE(code);
  std::vector<int> sizes;
  for (const CodeObject* c : all_code(code)) sizes.push_back(c->stacksize);
  EXPECT_EQ(sizes, GetParam().sizes) << disassemble_recursive(*code);
}

INSTANTIATE_TEST_SUITE_P(
    CPython, StackSizes,
    testing::Values(
        StackCase{"x = 1\nprint(x)\n", {3}},
        StackCase{"def f(a, b=2, *args, c, d=4, **kw):\n    return a + b\n", {3, 2}},
        StackCase{"try:\n    f()\nexcept ValueError as e:\n    print(e)\nfinally:\n    g()\n", {4}},
        StackCase{"with open(p) as f, lock:\n    f.read()\n", {7}},
        StackCase{"def f():\n    for x in y:\n        try:\n            break\n        finally:\n            g()\n", {1, 5}},
        StackCase{"def f(n):\n    return [y * n for y in range(n) if y]\n", {1, 4, 4}},
        StackCase{"class C(B):\n    def m(self):\n        return super().m()\n", {5, 2, 2}},
        StackCase{"f(a, *b, c=1, **d)\n", {5}},
        StackCase{"x = f'{a!r:>{w}} and {b}'\n", {3}},
        StackCase{"a, *b, c = d\nx.y += 1\nz[i] += 2\n", {4}},
        StackCase{"async def f():\n    async with a as b:\n        await c\n    async for x in y:\n        pass\n", {1, 6}},
        StackCase{"def g():\n    x = yield 1\n    yield from h()\n", {1, 2}},
        StackCase{"assert x, 'msg'\ndel a, b.c, d[e]\nimport a.b.c as d\nfrom m import (x, y as z)\n", {2}},
        StackCase{"if a < b < c:\n    pass\nelif not (x and y or z):\n    pass\nwhile i:\n    i -= 1\nelse:\n    pass\n",
                  {3}},
        StackCase{"try:\n    pass\nexcept:\n    raise\n", {4}},
        StackCase{"def f():\n    with a:\n        return g()\n", {1, 6}},
        StackCase{"def f():\n    try:\n        return 1\n    finally:\n        return 2\n", {1, 4}}));

// The position of the first instruction with opcode `op` (after `skip` earlier ones).
Position position_of(const CodeObject& code, Opcode op, int skip = 0) {
  for (std::size_t i = 0; i < code.instructions.size(); i++) {
    if (code.instructions[i].op() == op && skip-- == 0) return code.positions[i];
  }
  ADD_FAILURE() << "no " << opcode_name(op);
  return {};
}

void expect_position(Position p, int line, int end_line, int col, int end_col) {
  EXPECT_EQ(p.line, line);
  EXPECT_EQ(p.end_line, end_line);
  EXPECT_EQ(p.col, col);
  EXPECT_EQ(p.end_col, end_col);
}

// Positions recorded from CPython 3.11 (dis.Instruction.positions).
TEST_F(CompilerTest, PositionsMatchCPython) {
  Ref<CodeObject> attr = compile_ok("x = a.b(1)\ny = (a.\n  b)\nz = (a.\n  b(1))\n");
  expect_position(position_of(*attr, Opcode::LOAD_METHOD), 1, 1, 4, 7);
  expect_position(position_of(*attr, Opcode::CALL), 1, 1, 4, 10);
  expect_position(position_of(*attr, Opcode::LOAD_ATTR), 3, 3, 2, 3);
  expect_position(position_of(*attr, Opcode::LOAD_METHOD, 1), 5, 5, 2, 3);
  expect_position(position_of(*attr, Opcode::CALL, 1), 5, 5, 2, 6);

  Ref<CodeObject> decorated = compile_ok("@d1\n@d2(x)\ndef f():\n    pass\n");
  expect_position(position_of(*decorated, Opcode::PUSH_NULL), 2, 2, 1, 3);
  expect_position(position_of(*decorated, Opcode::MAKE_FUNCTION), 3, 4, 0, 8);
  expect_position(position_of(*decorated, Opcode::CALL, 1), 2, 2, 1, 6);
  expect_position(position_of(*decorated, Opcode::CALL, 2), 1, 1, 1, 3);
  expect_position(position_of(*decorated, Opcode::STORE_NAME), 3, 4, 0, 8);
  const CodeObject& f = *all_code(decorated)[1];
  EXPECT_EQ(f.firstlineno, 1);
  expect_position(position_of(f, Opcode::RETURN_VALUE), 4, 4, 4, 8);

  Ref<CodeObject> lambda = compile_ok("f = lambda: x\n");
  const CodeObject& l = *all_code(lambda)[1];
  EXPECT_EQ(l.name->text(), "<lambda>");
  expect_position(position_of(l, Opcode::LOAD_GLOBAL), 1, 1, 12, 13);
  expect_position(position_of(l, Opcode::RETURN_VALUE), 1, 1, 0, 0);

  Ref<CodeObject> chained = compile_ok("if not (a < b < c and d):\n    pass\n");
  expect_position(position_of(*chained, Opcode::SWAP), 1, 1, 8, 17);
  expect_position(position_of(*chained, Opcode::COMPARE_OP, 1), 1, 1, 8, 17);
  expect_position(position_of(*chained, Opcode::POP_JUMP_IF_TRUE), 1, 1, 8, 17);

  Ref<CodeObject> cls = compile_ok("class C:\n    def m(self):\n        return __class__\n");
  const CodeObject& c = *all_code(cls)[1];
  expect_position(position_of(c, Opcode::MAKE_CELL), 0, 0, -1, -1);
  expect_position(position_of(c, Opcode::LOAD_NAME), 1, 1, 0, 0);
  expect_position(position_of(c, Opcode::STORE_NAME, 3), 2, 3, 4, 24);  // __classcell__: artificial
}

// `-5` is one constant, as after CPython's AST optimizer.
TEST_F(CompilerTest, NegativeNumbersAreConstants) {
  Ref<CodeObject> code = compile_ok("x = -5\ny = -2.5\nz = -x\n");
  EXPECT_EQ(opnames(*code),
            "LOAD_CONST STORE_NAME LOAD_CONST STORE_NAME LOAD_NAME UNARY_NEGATIVE STORE_NAME LOAD_CONST RETURN_VALUE");
  EXPECT_EQ(code->consts[0].small_int_value(), -5);
}

TEST_F(CompilerTest, NamesAndQualnames) {
  Ref<CodeObject> code = compile_ok(
      "def f():\n    global h\n    def h():\n        pass\n    def g():\n        return [x for x in ()]\n"
      "class C:\n    class D:\n        def m(self):\n            return lambda: (y for y in ())\n");
  std::vector<std::string> qualnames;
  for (const CodeObject* c : all_code(code)) qualnames.push_back(c->qualname->text());
  EXPECT_EQ(qualnames, (std::vector<std::string>{"<module>", "f", "h", "f.<locals>.g", "f.<locals>.g.<locals>.<listcomp>",
                                                 "C", "C.D", "C.D.m", "C.D.m.<locals>.<lambda>",
                                                 "C.D.m.<locals>.<lambda>.<locals>.<genexpr>"}));
  const CodeObject& genexpr = *all_code(code).back();
  EXPECT_EQ(genexpr.name->text(), "<genexpr>");
  EXPECT_EQ(genexpr.argcount, 1);
  EXPECT_EQ(genexpr.flags & kCodeGenerator, kCodeGenerator);
  EXPECT_EQ(genexpr.localsplus_names[0]->text(), ".0");
}

TEST_F(CompilerTest, SyntaxErrorsComeBackInTheResult) {
  CompileResult parser_error = compile("x = (\n");
  ASSERT_TRUE(parser_error.error);
  EXPECT_FALSE(parser_error.code);
  EXPECT_EQ(parser_error.error->message, "'(' was never closed");

  CompileResult scope_error = compile("def f():\n    nonlocal x\n");
  ASSERT_TRUE(scope_error.error);
  EXPECT_EQ(scope_error.error->message, "no binding for nonlocal 'x' found");
  EXPECT_EQ(scope_error.error->line, 2);
  EXPECT_EQ(scope_error.error->column, 5);
  EXPECT_EQ(scope_error.error->text, "    nonlocal x\n");
}

}  // namespace
}  // namespace py
