// The abstract syntax tree: CPython 3.11's `ast` module, node for node and field for field, so that
// CPython's compiler (Python/compile.c, symtable.c) can serve as the reference for ours and
// ast_dump() output can be compared with `ast.dump()` directly.
//
// Conventions
// - Every statement and expression is a struct deriving from Stmt or Expr. Its `kind` says which
//   one; use `node->as<T>()` (checked in debug builds) or `node->try_as<T>()` to downcast, or switch
//   on `kind`. Each node type T has `T::kKind`.
// - Async variants share the struct of their sync form: AsyncFunctionDef is a FunctionDef with
//   `is_async`, likewise AsyncFor/For, AsyncWith/With; TryStar is a Try with `is_star`. Their kinds
//   stay distinct (StmtKind::AsyncFor, ...), so a switch can tell them apart without the flag.
// - Positions use CPython's convention: lines are 1-based, columns are 0-based UTF-8 *byte*
//   offsets, and (end_line, end_col) is one past the last byte. Parentheses around an expression
//   are not part of its position, except for tuples and generator expressions, as in CPython.
// - Optional children are nullptr. Optional identifiers (alias.asname, ExceptHandler.name,
//   ImportFrom.module, keyword.arg for `**kw`) are empty string_views.
// - Everything lives in the Module's arena and is trivially destructible; pointers stay valid as
//   long as the Module does. Nodes do not point into the source text.
// - Nesting depth is bounded by ParseOptions::max_depth, so recursive walkers are safe.
#pragma once

#include <cassert>
#include <cstdint>
#include <string_view>

#include "python/arena.hpp"

namespace py::ast {

struct Location {
  std::int32_t line = 0;
  std::int32_t col = 0;
  std::int32_t end_line = 0;
  std::int32_t end_col = 0;
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class BinOpKind : std::uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python-facing names ("Add", "USub", ...), as ast.dump prints them.
const char* name_of(ExprContext);
const char* name_of(BoolOpKind);
const char* name_of(BinOpKind);
const char* name_of(UnaryOpKind);
const char* name_of(CmpOpKind);

// ----------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : std::uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};
const char* name_of(ExprKind);

struct Expr {
  ExprKind kind;
  Location loc;

  template <class T>
  T* as() {
    assert(T::matches(kind));
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(T::matches(kind));
    return static_cast<const T*>(this);
  }
  template <class T>
  T* try_as() {
    return T::matches(kind) ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* try_as() const {
    return T::matches(kind) ? static_cast<const T*>(this) : nullptr;
  }

 protected:
  explicit Expr(ExprKind k) : kind(k) {}
};

template <ExprKind K>
struct ExprNode : Expr {
  static constexpr ExprKind kKind = K;
  static bool matches(ExprKind k) { return k == K; }
  ExprNode() : Expr(K) {}
};

struct Stmt;
struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : ExprNode<ExprKind::BoolOp> {
  BoolOpKind op = BoolOpKind::And;
  Seq<Expr*> values;  // two or more; `a or b or c` is one BoolOp
};

struct NamedExpr : ExprNode<ExprKind::NamedExpr> {
  Expr* target = nullptr;  // always a Name (Store)
  Expr* value = nullptr;
};

struct BinOp : ExprNode<ExprKind::BinOp> {
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
};

struct UnaryOp : ExprNode<ExprKind::UnaryOp> {
  UnaryOpKind op = UnaryOpKind::USub;
  Expr* operand = nullptr;
};

struct Lambda : ExprNode<ExprKind::Lambda> {
  Arguments* args = nullptr;  // never null; parameters have no annotations
  Expr* body = nullptr;
};

struct IfExp : ExprNode<ExprKind::IfExp> {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

struct Dict : ExprNode<ExprKind::Dict> {
  Seq<Expr*> keys;  // a nullptr key means `**values[i]`
  Seq<Expr*> values;
};

struct Set : ExprNode<ExprKind::Set> {
  Seq<Expr*> elts;
};

struct ListComp : ExprNode<ExprKind::ListComp> {
  Expr* elt = nullptr;
  Seq<Comprehension*> generators;
};

struct SetComp : ExprNode<ExprKind::SetComp> {
  Expr* elt = nullptr;
  Seq<Comprehension*> generators;
};

struct DictComp : ExprNode<ExprKind::DictComp> {
  Expr* key = nullptr;
  Expr* value = nullptr;
  Seq<Comprehension*> generators;
};

struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> {
  Expr* elt = nullptr;
  Seq<Comprehension*> generators;
};

struct Await : ExprNode<ExprKind::Await> {
  Expr* value = nullptr;
};

struct Yield : ExprNode<ExprKind::Yield> {
  Expr* value = nullptr;  // optional
};

struct YieldFrom : ExprNode<ExprKind::YieldFrom> {
  Expr* value = nullptr;
};

struct Compare : ExprNode<ExprKind::Compare> {
  Expr* left = nullptr;
  Seq<CmpOpKind> ops;  // `a < b < c`: ops [Lt, Lt], comparators [b, c]
  Seq<Expr*> comparators;
};

struct Call : ExprNode<ExprKind::Call> {
  Expr* func = nullptr;
  Seq<Expr*> args;  // may contain Starred for `*it`
  Seq<Keyword*> keywords;
};

// One `{...}` replacement field of an f-string.
struct FormattedValue : ExprNode<ExprKind::FormattedValue> {
  Expr* value = nullptr;
  // -1 (none), or the conversion character: 's' (115), 'r' (114), 'a' (97). As in CPython, a
  // debug field `{x=}` without conversion and format spec gets 'r'.
  int conversion = -1;
  Expr* format_spec = nullptr;  // optional JoinedStr
};

// An f-string (after implicit concatenation with its neighbours): Constant and FormattedValue
// parts. As in CPython 3.11 the parts carry the location of the whole literal.
struct JoinedStr : ExprNode<ExprKind::JoinedStr> {
  Seq<Expr*> values;
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : ExprNode<ExprKind::Constant> {
  ConstantKind value_kind = ConstantKind::None;
  // Int: the literal's digits in `int_base`, without prefix, underscores or leading zeros
  //      ("ff" for 0xFF, "0" for 0x0), so arbitrary precision survives. Decimal literals longer
  //      than CPython's 4300-digit limit are rejected by the parser, as in CPython.
  // Str: the decoded value as UTF-8 (WTF-8 if it holds lone surrogates such as "\ud800").
  // Bytes: the decoded bytes.
  std::string_view text;
  std::uint8_t int_base = 10;
  bool int_fits_int64 = false;  // Int: whether `int_value` holds the value
  std::int64_t int_value = 0;
  double float_value = 0;  // Float; Complex: the imaginary part (the real part is 0)
  bool u_prefix = false;   // CPython's Constant.kind == 'u' (a u"" literal)
};

struct Attribute : ExprNode<ExprKind::Attribute> {
  Expr* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : ExprNode<ExprKind::Subscript> {
  Expr* value = nullptr;
  Expr* slice = nullptr;  // a Slice, a Tuple (of slices/exprs) or any expression
  ExprContext ctx = ExprContext::Load;
};

struct Starred : ExprNode<ExprKind::Starred> {
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : ExprNode<ExprKind::Name> {
  std::string_view id;
  ExprContext ctx = ExprContext::Load;
};

struct List : ExprNode<ExprKind::List> {
  Seq<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : ExprNode<ExprKind::Tuple> {
  Seq<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

// Only directly inside Subscript.slice (possibly as an element of a Tuple there).
struct Slice : ExprNode<ExprKind::Slice> {
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ----------------------------------------------------------------------------------------------
// Helper records (not Expr/Stmt)

struct Comprehension {  // `for target in iter if ifs...` (no location, as in CPython)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Seq<Expr*> ifs;
  bool is_async = false;
};

struct Arg {
  Location loc;
  std::string_view name;     // CPython: arg.arg
  Expr* annotation = nullptr;
};

struct Arguments {  // no location, as in CPython
  Seq<Arg*> posonlyargs;
  Seq<Arg*> args;
  Arg* vararg = nullptr;
  Seq<Arg*> kwonlyargs;
  Seq<Expr*> kw_defaults;  // one per kwonlyarg; nullptr where it has no default
  Arg* kwarg = nullptr;
  Seq<Expr*> defaults;  // for the *last* len(defaults) of posonlyargs + args
};

struct Keyword {
  Location loc;
  std::string_view arg;  // empty for `**value`
  Expr* value = nullptr;
};

struct Alias {
  Location loc;
  std::string_view name;    // dotted for `import a.b`; "*" for `from m import *`
  std::string_view asname;  // optional
};

struct WithItem {  // no location, as in CPython
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // optional target
};

struct ExceptHandler {
  Location loc;
  Expr* type = nullptr;   // optional (bare `except:`)
  std::string_view name;  // optional
  Seq<Stmt*> body;
};

// ----------------------------------------------------------------------------------------------
// Statements

enum class StmtKind : std::uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
  Nonlocal, Expr, Pass, Break, Continue,
};
const char* name_of(StmtKind);

struct Stmt {
  StmtKind kind;
  Location loc;

  template <class T>
  T* as() {
    assert(T::matches(kind));
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(T::matches(kind));
    return static_cast<const T*>(this);
  }
  template <class T>
  T* try_as() {
    return T::matches(kind) ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* try_as() const {
    return T::matches(kind) ? static_cast<const T*>(this) : nullptr;
  }

 protected:
  explicit Stmt(StmtKind k) : kind(k) {}
};

template <StmtKind K>
struct StmtNode : Stmt {
  static constexpr StmtKind kKind = K;
  static bool matches(StmtKind k) { return k == K; }
  StmtNode() : Stmt(K) {}
};

// A StmtNode whose async (or star) twin shares the struct.
template <StmtKind K, StmtKind Twin>
struct TwinStmtNode : Stmt {
  static constexpr StmtKind kKind = K;
  static constexpr StmtKind kTwinKind = Twin;
  static bool matches(StmtKind k) { return k == K || k == Twin; }
  TwinStmtNode() : Stmt(K) {}
};

struct FunctionDef : TwinStmtNode<StmtKind::FunctionDef, StmtKind::AsyncFunctionDef> {
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
  std::string_view name;
  Arguments* args = nullptr;  // never null
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
  Expr* returns = nullptr;  // optional return annotation
};

struct ClassDef : StmtNode<StmtKind::ClassDef> {
  std::string_view name;
  Seq<Expr*> bases;
  Seq<Keyword*> keywords;  // metaclass=... and friends
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};

struct Return : StmtNode<StmtKind::Return> {
  Expr* value = nullptr;  // optional
};

struct Delete : StmtNode<StmtKind::Delete> {
  Seq<Expr*> targets;  // ctx Del
};

struct Assign : StmtNode<StmtKind::Assign> {
  Seq<Expr*> targets;  // `a = b = 1`: targets [a, b]; ctx Store
  Expr* value = nullptr;
};

struct AugAssign : StmtNode<StmtKind::AugAssign> {
  Expr* target = nullptr;  // Name, Attribute or Subscript (Store)
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
};

struct AnnAssign : StmtNode<StmtKind::AnnAssign> {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // optional
  bool simple = false;    // target is a bare name, not in parentheses
};

struct For : TwinStmtNode<StmtKind::For, StmtKind::AsyncFor> {
  bool is_async() const { return kind == StmtKind::AsyncFor; }
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct While : StmtNode<StmtKind::While> {
  Expr* test = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

// `elif` is an If nested alone in `orelse`, as in CPython.
struct If : StmtNode<StmtKind::If> {
  Expr* test = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};

struct With : TwinStmtNode<StmtKind::With, StmtKind::AsyncWith> {
  bool is_async() const { return kind == StmtKind::AsyncWith; }
  Seq<WithItem*> items;
  Seq<Stmt*> body;
};

struct Raise : StmtNode<StmtKind::Raise> {
  Expr* exc = nullptr;    // optional
  Expr* cause = nullptr;  // optional (`raise exc from cause`)
};

struct Try : TwinStmtNode<StmtKind::Try, StmtKind::TryStar> {
  bool is_star() const { return kind == StmtKind::TryStar; }  // `except*` handlers
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse;
  Seq<Stmt*> finalbody;
};

struct Assert : StmtNode<StmtKind::Assert> {
  Expr* test = nullptr;
  Expr* msg = nullptr;  // optional
};

struct Import : StmtNode<StmtKind::Import> {
  Seq<Alias*> names;
};

struct ImportFrom : StmtNode<StmtKind::ImportFrom> {
  std::string_view module;  // optional (`from . import x`)
  Seq<Alias*> names;
  int level = 0;  // number of leading dots
};

struct Global : StmtNode<StmtKind::Global> {
  Seq<std::string_view> names;
};

struct Nonlocal : StmtNode<StmtKind::Nonlocal> {
  Seq<std::string_view> names;
};

struct ExprStmt : StmtNode<StmtKind::Expr> {  // CPython's ast.Expr
  Expr* value = nullptr;
};

struct Pass : StmtNode<StmtKind::Pass> {};
struct Break : StmtNode<StmtKind::Break> {};
struct Continue : StmtNode<StmtKind::Continue> {};

// The root. Owns every node of the tree.
struct Module {
  Arena arena;
  Seq<Stmt*> body;
};

}  // namespace py::ast
