// Symbol tables: scope decisions checked against CPython 3.11's `symtable` module, and the
// scoping SyntaxErrors (message and location) as CPython's compile() reports them.
#include "python/symtable.hpp"

#include <gtest/gtest.h>

#include "python/parser.hpp"

namespace py {
namespace {

struct Built {
  std::unique_ptr<SourceText> source;
  ParseResult parsed;
  SymbolTableResult symbols;
};

Built build(std::string_view code) {
  Built b;
  b.source = std::make_unique<SourceText>(code);
  b.parsed = parse_module(code);
  EXPECT_TRUE(b.parsed.ok()) << (b.parsed.error ? b.parsed.error->message : "");
  if (b.parsed.ok()) b.symbols = build_symbol_table(*b.parsed.module, *b.source);
  return b;
}

// The child block called `name` (functions, classes, "lambda", "listcomp", ...).
const SymbolScope& child(const SymbolScope& scope, std::string_view name) {
  for (const SymbolScope* c : scope.children) {
    if (c->name == name) return *c;
  }
  ADD_FAILURE() << "no child block " << name << " in " << scope.name;
  return scope;
}

TEST(Symtable, ModuleNamesAreLocalToTheModule) {
  Built b = build("x = 1\nprint(x)\n");
  ASSERT_TRUE(b.symbols.table);
  const SymbolScope& top = b.symbols.table->module();
  EXPECT_EQ(top.type, BlockType::Module);
  EXPECT_EQ(top.scope_of("x"), NameScope::Local);
  EXPECT_EQ(top.scope_of("print"), NameScope::GlobalImplicit);
}

TEST(Symtable, ClosureMakesCellAndFree) {
  Built b = build("def f(a):\n    x = 1\n    def g():\n        return x + a\n    return g\n");
  const SymbolScope& f = child(b.symbols.table->module(), "f");
  const SymbolScope& g = child(f, "g");
  EXPECT_EQ(f.scope_of("x"), NameScope::Cell);
  EXPECT_EQ(f.scope_of("a"), NameScope::Cell);
  EXPECT_EQ(f.scope_of("g"), NameScope::Local);
  EXPECT_EQ(g.scope_of("x"), NameScope::Free);
  EXPECT_EQ(g.scope_of("a"), NameScope::Free);
  EXPECT_TRUE(g.nested);
  EXPECT_TRUE(g.has_free);
  EXPECT_TRUE(f.child_free);
  EXPECT_EQ(f.varnames, std::vector<std::string>{"a"});
}

TEST(Symtable, GlobalAndNonlocalDeclarations) {
  Built b = build(
      "def f():\n    global y\n    y = 1\n    z = 2\n    def g():\n        nonlocal z\n        z = 3\n"
      "        return len\n");
  const SymbolScope& top = b.symbols.table->module();
  const SymbolScope& f = child(top, "f");
  const SymbolScope& g = child(f, "g");
  EXPECT_EQ(f.scope_of("y"), NameScope::GlobalExplicit);
  EXPECT_EQ(top.scope_of("y"), NameScope::GlobalExplicit);  // `global` in a function marks the module too
  EXPECT_EQ(f.scope_of("z"), NameScope::Cell);
  EXPECT_EQ(g.scope_of("z"), NameScope::Free);
  EXPECT_EQ(g.scope_of("len"), NameScope::GlobalImplicit);
}

TEST(Symtable, ClassBodiesAreNotEnclosingScopes) {
  Built b = build("class C:\n    x = 1\n    def m(self):\n        return x\n");
  const SymbolScope& c = child(b.symbols.table->module(), "C");
  const SymbolScope& m = child(c, "m");
  EXPECT_EQ(c.type, BlockType::Class);
  EXPECT_EQ(c.scope_of("x"), NameScope::Local);
  EXPECT_EQ(m.scope_of("x"), NameScope::GlobalImplicit);
  EXPECT_FALSE(c.needs_class_closure);
}

TEST(Symtable, SuperNeedsTheClassCell) {
  Built b = build("class C(B):\n    def m(self):\n        return super().m()\n");
  const SymbolScope& c = child(b.symbols.table->module(), "C");
  const SymbolScope& m = child(c, "m");
  EXPECT_TRUE(c.needs_class_closure);
  EXPECT_EQ(m.scope_of("__class__"), NameScope::Free);
  EXPECT_EQ(m.scope_of("super"), NameScope::GlobalImplicit);
  EXPECT_EQ(c.find("__class__"), nullptr);
}

TEST(Symtable, MethodFreeVariableBoundInClassIsFreeClass) {
  Built b = build("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
  const SymbolScope& f = child(b.symbols.table->module(), "f");
  const SymbolScope& c = child(f, "C");
  const SymbolScope& m = child(c, "m");
  EXPECT_EQ(f.scope_of("x"), NameScope::Cell);
  EXPECT_EQ(c.scope_of("x"), NameScope::Local);
  EXPECT_TRUE(c.flags_of("x") & symbol_flag::kFreeClass);
  EXPECT_EQ(m.scope_of("x"), NameScope::Free);
}

TEST(Symtable, ComprehensionsAreFunctions) {
  Built b = build("def f(n):\n    return [y * n for y in range(n) if y]\n");
  const SymbolScope& f = child(b.symbols.table->module(), "f");
  const SymbolScope& comp = child(f, "listcomp");
  EXPECT_EQ(comp.type, BlockType::Function);
  EXPECT_EQ(comp.comprehension, ComprehensionKind::List);
  EXPECT_EQ(comp.varnames, std::vector<std::string>{".0"});
  EXPECT_EQ(comp.scope_of("y"), NameScope::Local);
  EXPECT_EQ(comp.scope_of("n"), NameScope::Free);
  EXPECT_EQ(comp.find("range"), nullptr);
  EXPECT_EQ(f.scope_of("n"), NameScope::Cell);
  EXPECT_EQ(f.find("y"), nullptr);
  // The outermost iterable is evaluated in f: range is used there too.
  EXPECT_EQ(f.scope_of("range"), NameScope::GlobalImplicit);
}

TEST(Symtable, WalrusInComprehensionBindsInTheFunction) {
  Built b = build("def f():\n    [z := i for i in range(3)]\n    return z\n");
  const SymbolScope& f = child(b.symbols.table->module(), "f");
  const SymbolScope& comp = child(f, "listcomp");
  EXPECT_EQ(f.scope_of("z"), NameScope::Cell);
  EXPECT_EQ(comp.scope_of("z"), NameScope::Free);
}

TEST(Symtable, WalrusInModuleComprehensionIsGlobal) {
  Built b = build("[z := i for i in range(3)]\n");
  const SymbolScope& comp = child(b.symbols.table->module(), "listcomp");
  EXPECT_EQ(comp.scope_of("z"), NameScope::GlobalExplicit);
}

TEST(Symtable, GeneratorsAndCoroutines) {
  Built b = build("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
                  "lambda *a, **k: (yield)\n");
  const SymbolScope& top = b.symbols.table->module();
  EXPECT_TRUE(child(top, "g").generator);
  EXPECT_FALSE(child(top, "g").coroutine);
  EXPECT_TRUE(child(top, "c").coroutine);
  EXPECT_FALSE(child(top, "c").generator);
  EXPECT_TRUE(child(top, "ag").coroutine && child(top, "ag").generator);
  const SymbolScope& l = child(top, "lambda");
  EXPECT_TRUE(l.generator && l.varargs && l.varkeywords);
  EXPECT_EQ(l.varnames, (std::vector<std::string>{"a", "k"}));
}

TEST(Symtable, ParameterOrderIsPositionalKeywordOnlyThenStars) {
  Built b = build("def f(a, /, b, *args, c, **kw):\n    pass\n");
  const SymbolScope& f = child(b.symbols.table->module(), "f");
  EXPECT_EQ(f.varnames, (std::vector<std::string>{"a", "b", "c", "args", "kw"}));
}

TEST(Symtable, PrivateNamesAreMangledInClasses) {
  Built b = build("class _C:\n    __x = 1\n    def m(self):\n        return self.__y, __z\n");
  const SymbolScope& c = child(b.symbols.table->module(), "_C");
  EXPECT_EQ(c.scope_of("_C__x"), NameScope::Local);
  EXPECT_EQ(child(c, "m").scope_of("_C__z"), NameScope::GlobalImplicit);
  EXPECT_EQ(mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle("C", "__init__"), "__init__");
  EXPECT_EQ(mangle("__", "__x"), "__x");
  EXPECT_EQ(mangle("", "__x"), "__x");
}

struct ErrorCase {
  const char* source;
  const char* message;
  int line, column, end_line, end_column;
};

class SymtableErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(SymtableErrors, MatchCPython) {
  const ErrorCase& c = GetParam();
  Built b = build(c.source);
  ASSERT_TRUE(b.symbols.error) << c.source;
  const SyntaxErrorInfo& e = *b.symbols.error;
  EXPECT_EQ(e.message, c.message);
  EXPECT_EQ(e.line, c.line);
  EXPECT_EQ(e.column, c.column);
  EXPECT_EQ(e.end_line, c.end_line);
  EXPECT_EQ(e.end_column, c.end_column);
  EXPECT_EQ(e.text, b.source->line_as_error_text(c.line));
}

// Recorded from CPython 3.11: compile(source, "main.py", "exec").
INSTANTIATE_TEST_SUITE_P(
    CPython, SymtableErrors,
    testing::Values(
        ErrorCase{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
        ErrorCase{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13},
        ErrorCase{"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13},
        ErrorCase{"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
        ErrorCase{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
        ErrorCase{"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5, 2, 13},
        ErrorCase{"def f():\n    from m import *\n", "import * only allowed at module level", 2, 19, 2, 20},
        ErrorCase{"[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1,
                  2, 1, 3},
        ErrorCase{"class C:\n    [y := 1 for x in z]\n",
                  "assignment expression within a comprehension cannot be used in a class body", 2, 6, 2, 7},
        ErrorCase{"def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13},
        ErrorCase{"def f():\n    global x\n    x: int\n", "annotated name 'x' can't be global", 3, 5, 3, 11},
        ErrorCase{"[i for i in (j := range(3))]\n",
                  "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 27},
        ErrorCase{"[[(j := 0) for i in range(3)] for j in range(3)]\n",
                  "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4, 1, 5},
        ErrorCase{"x = 1\ndef f():\n    x = 2\n    def g():\n        y = x\n        global x\n",
                  "name 'x' is used prior to global declaration", 6, 9, 6, 17}));

TEST(Symtable, NonlocalMayNameALaterBinding) {
  Built b = build("def f():\n    def g():\n        nonlocal y\n    y = 1\n");
  EXPECT_FALSE(b.symbols.error);
}

}  // namespace
}  // namespace py
