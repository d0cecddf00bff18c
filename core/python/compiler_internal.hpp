// The compiler's internals, shared by compiler*.cpp. One Compiler compiles one module; it keeps a
// stack of CodeUnits (the module, then each function, class, lambda or comprehension being
// compiled inside it). A unit's code is a graph of basic blocks: instructions whose jumps name
// blocks, plus CPython's pseudo-instructions SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH /
// POP_BLOCK that delimit exception handlers. compiler_assemble.cpp turns the graph into a
// CodeObject: stack depths, the exception table, line numbers, the localsplus layout.
#pragma once

#include <climits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/ast.hpp"
#include "python/code.hpp"
#include "python/source.hpp"
#include "python/symtable.hpp"
#include "python/syntax_error.hpp"

namespace py::compiler {

// Pseudo-instructions: resolved into the exception table, never in a CodeObject.
enum PseudoOp : int {
  kSetupFinally = 256,  // handler gets [.., exc]
  kSetupCleanup,        // handler gets [.., lasti, exc]
  kSetupWith,           // handler gets [.., lasti, exc] minus the __enter__ result
  kPopBlock,
};
inline constexpr int op(Opcode o) { return static_cast<int>(o); }

// A source location; line < 0 marks an artificial instruction that takes its neighbour's line.
struct Loc {
  int line = -1;
  int end_line = -1;
  int col = -1;
  int end_col = -1;
  static Loc of(const ast::Location& l) { return Loc{l.line, l.end_line, l.col, l.end_col}; }
};

struct Instruction {
  int op = 0;  // an Opcode or a PseudoOp
  std::uint32_t arg = 0;
  int target = -1;   // jumps and SETUP_*: the target block
  Loc loc;
  int handler = -1;  // the block that handles exceptions raised here (-1: none)

  static Instruction artificial(Opcode o, std::uint32_t arg) {
    Instruction i;
    i.op = compiler::op(o);
    i.arg = arg;
    return i;
  }
};

struct Block {
  std::vector<Instruction> instrs;
  int next = -1;  // the block laid out after this one
  // Flow analysis (compiler_assemble.cpp).
  int start_depth = INT_MIN;
  bool preserve_lasti = false;  // a handler whose stack keeps the raising instruction's index
  bool reachable = false;
  int predecessors = 0;
  int offset = 0;
};

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The statements a `break`, `continue` or `return` must unwind (CPython's fblockinfo).
enum class FrameKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, AsyncComprehensionGenerator,
};

struct FrameBlock {
  FrameBlock(FrameKind k, int block_ = -1, int exit_ = -1) : kind(k), block(block_), exit(exit_) {}
  FrameKind kind;
  int block = -1;  // loops: where `continue` goes
  int exit = -1;   // loops: where `break` goes
  const ast::Seq<ast::Stmt*>* finalbody = nullptr;  // FinallyTry
  const ast::Stmt* stmt = nullptr;                  // With / AsyncWith
  std::string_view name;                            // HandlerCleanup: `except E as name`
};

// Names indexed by first appearance (co_names, co_varnames, cells, free variables).
struct NameList {
  std::vector<std::string> items;
  std::unordered_map<std::string, int> index;
  int add(const std::string& name);  // finds or appends
  int find(const std::string& name) const;  // -1 when absent
  int size() const { return static_cast<int>(items.size()); }
};

struct CodeUnit {
  const SymbolScope* scope = nullptr;
  UnitKind kind = UnitKind::Module;
  std::string name;
  std::string qualname;
  std::string private_name;  // the enclosing class, for name mangling
  int firstlineno = 1;

  std::vector<Block> blocks;
  int entry = 0;
  int current = 0;
  bool current_ended = false;  // the current block ends in a jump: the next instruction starts a new one

  std::vector<Value> consts;
  std::unordered_map<std::string, int> const_index;
  NameList names;
  NameList varnames;
  NameList cellvars;
  NameList freevars;  // indices continue after cellvars (as CPython's u_freevars)
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;

  std::vector<FrameBlock> fblocks;
  Loc loc;
};

struct CompileError {};

enum class NameCtx { Load, Store, Del };

// The docstring of a module, class or function body, if it has one.
const ast::Constant* docstring_of(const ast::Seq<ast::Stmt*>& body);

// BINARY_OP's argument for an operator (`+=` with inplace).
std::uint32_t binary_op_arg(ast::BinOpKind k, bool inplace);  // unwinds the compiler once `error` is set

class Compiler {
 public:
  Compiler(std::shared_ptr<const SourceText> source, std::string filename, const SymbolTable& symbols);

  // compiler.cpp: the module, then the error if compilation failed.
  Ref<CodeObject> compile(const ast::Module& module);
  std::optional<SyntaxErrorInfo> take_error() { return std::move(error_); }

 private:
  // ---- compiler.cpp: units, emission, names and constants ----
  CodeUnit& u() { return *units_.back(); }
  const CodeUnit& u() const { return *units_.back(); }
  void enter_scope(std::string name, UnitKind kind, const void* node, int firstlineno);
  Ref<CodeObject> exit_scope(bool add_none);  // assembles the unit's code and pops it
  std::string qualname_for(const CodeUnit& unit) const;
  [[noreturn]] void error(const Loc& loc, std::string message);
  [[noreturn]] void error(const std::string& message) { error(u().loc, message); }

  int new_block();
  void use_block(int block);  // lays `block` out next and continues there
  void emit(int op, std::uint32_t arg = 0);
  void emit(Opcode o, std::uint32_t arg = 0) { emit(op(o), arg); }
  void emit_noline(int op, std::uint32_t arg = 0);
  void emit_noline(Opcode o, std::uint32_t arg = 0) { emit_noline(op(o), arg); }
  void emit_jump(int op, int target);
  void emit_jump(Opcode o, int target) { emit_jump(op(o), target); }
  void emit_jump_noline(Opcode o, int target);
  void set_loc(const ast::Location& l) { u().loc = Loc::of(l); }
  void unset_loc() { u().loc.line = -1; }
  bool current_block_returns() const;

  int add_const(Value value, const std::string& key);
  void load_const(Value value, const std::string& key) { emit(Opcode::LOAD_CONST, add_const(std::move(value), key)); }
  void load_none();
  void load_str(std::string_view text);
  void load_small_int(std::int64_t v);
  void load_constant(const ast::Constant* c);
  bool load_negative_number(const ast::UnaryOp* e);  // `-5`, `-2.5` as one constant
  Value make_constant(const ast::Constant* c, std::string& key);
  Value make_name_tuple(const std::vector<std::string>& names, std::string& key);
  void load_name_tuple(const std::vector<std::string>& names);
  void emit_name(Opcode o, std::string_view name);  // mangled, into co_names
  std::string mangled(std::string_view name) const { return mangle(u().private_name, name); }
  void nameop(std::string_view name, NameCtx ctx);
  int deref_index(const std::string& name);  // a cell's or free variable's index

  // ---- compiler_statements.cpp ----
  void visit_body(const ast::Seq<ast::Stmt*>& body);
  void visit_module_body(const ast::Seq<ast::Stmt*>& body);  // module and class: docstring, annotations
  void visit_stmt(const ast::Stmt* s);
  void visit_assign(const ast::Assign* s);
  void visit_aug_assign(const ast::AugAssign* s);
  void visit_ann_assign(const ast::AnnAssign* s);
  void visit_expr_stmt(const ast::Expr* value);
  void visit_if(const ast::If* s);
  void visit_while(const ast::While* s);
  void visit_for(const ast::For* s);
  void visit_async_for(const ast::For* s);
  void visit_return(const ast::Stmt* s, const ast::Return* r);
  void visit_break();
  void visit_continue();
  void visit_raise(const ast::Raise* s);
  void visit_assert(const ast::Assert* s);
  void visit_import(const ast::Import* s);
  void visit_import_from(const ast::ImportFrom* s);
  void visit_delete(const ast::Delete* s);
  void check_annotation_expr(const ast::Expr* e);
  void check_annotation_subscript(const ast::Expr* e);

  // ---- compiler_exceptions.cpp: try, with, and unwinding frame blocks ----
  void push_fblock(FrameBlock fb);
  void pop_fblock(FrameKind kind);
  void visit_try(const ast::Try* s);
  void visit_try_except(const ast::Try* s);
  void visit_try_finally(const ast::Try* s);
  void visit_with(const ast::With* s, std::size_t item);
  void visit_async_with(const ast::With* s, std::size_t item);
  void with_except_finish(int cleanup);
  void call_exit_with_nones();
  void pop_except_and_reraise();
  void unwind_fblock(const FrameBlock& fb, bool preserve_tos);
  // Unwinds everything up to the innermost loop (returned through `loop`, null when none is
  // wanted or there is none) or the whole stack.
  void unwind_fblock_stack(bool preserve_tos, const FrameBlock** loop);

  // ---- compiler_expressions.cpp ----
  void visit_expr(const ast::Expr* e);  // sets and restores the location
  void visit_expr_here(const ast::Expr* e);
  void jump_if(const ast::Expr* e, int target, bool cond);
  void visit_bool_op(const ast::BoolOp* e);
  void visit_compare(const ast::Compare* e);
  void emit_compare(ast::CmpOpKind op);
  void visit_if_exp(const ast::IfExp* e);
  void visit_dict(const ast::Dict* e);
  void visit_call(const ast::Call* e);
  bool visit_method_call(const ast::Call* e);
  void call_helper(int pushed, const ast::Seq<ast::Expr*>& args, const ast::Seq<ast::Keyword*>& keywords);
  void keyword_subdict(const ast::Seq<ast::Keyword*>& keywords, std::size_t begin, std::size_t end);
  void starunpack(const ast::Seq<ast::Expr*>& elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple);
  void assign_sequence(const ast::Seq<ast::Expr*>& elts);
  void visit_attribute(const ast::Attribute* e);
  void update_start_to_attribute(const ast::Attribute* e);
  void visit_subscript(const ast::Subscript* e);
  void visit_slice(const ast::Slice* e);
  void visit_joined_str(const ast::JoinedStr* e);
  void visit_formatted_value(const ast::FormattedValue* e);
  void visit_named_expr(const ast::NamedExpr* e);
  void add_yield_from();
  void emit_yield();  // a `yield`'s YIELD_VALUE
  void visit_await(const ast::Await* e);
  void visit_yield(const ast::Yield* e);
  void visit_yield_from(const ast::YieldFrom* e);

  // ---- compiler_functions.cpp: functions, classes, lambdas, comprehensions ----
  void visit_function_def(const ast::FunctionDef* s);
  void visit_class_def(const ast::ClassDef* s);
  void visit_lambda(const ast::Lambda* e);
  void visit_comprehension(const ast::Expr* e, const char* name, ComprehensionKind kind,
                           const ast::Seq<ast::Comprehension*>& generators, const ast::Expr* elt,
                           const ast::Expr* value);
  void comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, std::size_t index, int depth,
                               const ast::Expr* elt, const ast::Expr* value, ComprehensionKind kind);
  void sync_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, std::size_t index, int depth,
                                    const ast::Expr* elt, const ast::Expr* value, ComprehensionKind kind);
  void async_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, std::size_t index,
                                     int depth, const ast::Expr* elt, const ast::Expr* value,
                                     ComprehensionKind kind);
  void comprehension_element(const ast::Expr* elt, const ast::Expr* value, ComprehensionKind kind, int depth);
  void visit_decorators(const ast::Seq<ast::Expr*>& decorators);
  void apply_decorators(const ast::Seq<ast::Expr*>& decorators);
  std::uint32_t visit_defaults(const ast::Arguments* args);   // MAKE_FUNCTION flags 1 | 2
  bool visit_annotations(const ast::Arguments* args, const ast::Expr* returns);
  void visit_annotation_value(const ast::Expr* annotation);
  void make_closure(const Ref<CodeObject>& code, std::uint32_t flags);

  // ---- compiler_assemble.cpp ----
  Ref<CodeObject> assemble(CodeUnit& unit);

  std::shared_ptr<const SourceText> source_;
  std::string filename_;
  const SymbolTable& symbols_;
  std::vector<std::unique_ptr<CodeUnit>> units_;
  bool future_annotations_ = false;
  int code_serial_ = 0;  // distinguishes code-object constants
  std::optional<SyntaxErrorInfo> error_;
};

}  // namespace py::compiler
