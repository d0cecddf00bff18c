// The parser's internals, shared by its translation units (parser*.cpp, fstring.cpp). Not a
// public header: use parser.hpp.
//
// How errors come out like CPython's
// ----------------------------------
// CPython's PEG parser runs twice. The first pass parses the plain grammar; if it fails, a second
// pass re-parses with extra `invalid_*` rules that recognise common mistakes and raise specific
// messages ("expected ':'", "cannot assign to function call", ...). If the second pass finds
// nothing, the error is "invalid syntax" at the furthest token the first pass looked at.
//
// This recursive-descent parser does the same. Pass 1 (`diag_ == false`) is a straight parse.
// Pass 2 (`diag_ == true`) re-parses the failing top-level statement and, at the grammar points
// where CPython has invalid_* rules, tries the same patterns in the same order (speculatively,
// with `attempt`). Pass 2 memoizes the expression rules it may re-enter, as CPython's packrat
// parser does, so these lookaheads stay linear.
//
// Inside the parser, failure is a C++ exception (ParseAbort) that never escapes the parser: a
// generic failure (backtrack or "invalid syntax"), a specific SyntaxError, or a fatal error
// (tokenizer error reached, nesting too deep) that ends parsing at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "python/ast.hpp"
#include "python/lexer.hpp"
#include "python/source.hpp"
#include "python/syntax_error.hpp"

namespace py::detail {

struct ParseAbort {
  enum class Reason : std::uint8_t {
    Generic,  // no match here; maybe an alternative matches (or "invalid syntax" in the end)
    Error,    // a specific SyntaxError (Parser::error_ holds it)
    Fatal,    // tokenizer error or nesting limit: stop everything (Parser::error_ holds it)
  };
  Reason reason;
};

// Which target rule a target is validated against (CPython's TARGETS_TYPE).
enum class TargetKind : std::uint8_t { Star, Del, For };

class Parser {
 public:
  struct Setup {
    const SourceText* source = nullptr;
    const LexResult* lex = nullptr;
    ast::Arena* arena = nullptr;
    std::string filename;
    int max_depth = 0;
    int initial_depth = 0;
    // Parsing the text of an f-string replacement field (CPython's fstring start rule): messages
    // get an "f-string: " prefix and columns are made relative to the field's text.
    bool fstring_mode = false;
    int fstring_col_shift = 0;
  };

  explicit Parser(Setup setup);

  // Parses a module; false with `error` set on failure.
  bool parse_module_body(ast::Seq<ast::Stmt*>& body, SyntaxErrorInfo& error);
  // Parses the "(...)" text of an f-string replacement field.
  bool parse_fstring_field(ast::Expr*& expr, SyntaxErrorInfo& error);

 private:
  friend struct DepthGuard;
  friend struct WithoutInvalid;

  // ---- driver (parser.cpp) ----
  template <class Rule>
  bool run_passes(Rule rule, SyntaxErrorInfo& error);
  SyntaxErrorInfo generic_error(std::size_t furthest_pass1);
  SyntaxErrorInfo apply_tokenizer_overrides(SyntaxErrorInfo error);

  // ---- tokens ----
  const Token& peek(int k = 0);
  const Token& next();
  const Token& prev() const { return tokens_[pos_ - 1]; }
  bool at(TokenKind kind) { return peek().kind == kind; }
  bool at_async_for() { return at(TokenKind::KwAsync) && peek(1).kind == TokenKind::KwFor; }
  bool at_for() { return at(TokenKind::KwFor) || at_async_for(); }
  bool accept(TokenKind kind);
  const Token& expect(TokenKind kind);
  // CPython's `&&'x'`: a missing token is an immediate "expected 'x'" error, even in pass 1.
  const Token& expect_forced(TokenKind kind, const char* spelling);
  std::string_view text(const Token& t) const;
  bool starts_expression(const Token& t) const;
  bool is_soft_keyword(const Token& t) const;
  // End of the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA end).
  const Token& last_real_token() const;

  // ---- errors ----
  [[noreturn]] void fail();
  [[noreturn]] void fatal(SyntaxErrorInfo error);
  [[noreturn]] void too_deep();
  // _PyPegen_raise_error_known_location: columns are CPython's 1-based byte columns, or kCurrentPos.
  [[noreturn]] void raise_error(ErrorKind kind, const std::string& message, int line, int col, int end_line,
                                int end_col);
  [[noreturn]] void raise_last(const std::string& message, ErrorKind kind = ErrorKind::SyntaxError);
  [[noreturn]] void raise_at(const ast::Location& where, const std::string& message);
  [[noreturn]] void raise_range(const ast::Location& from, const ast::Location& to, const std::string& message);
  [[noreturn]] void raise_starting_from(const ast::Location& from, const std::string& message);
  SyntaxErrorInfo make_error(ErrorKind kind, const std::string& message, int line, int col, int end_line, int end_col);
  ast::Location token_loc(const Token& t) const;
  std::string error_text(int line) const;

  // ---- speculation ----
  // Runs `f`; if it fails generically (or, for a bool-returning `f`, returns false), rewinds and
  // returns false. Specific and fatal errors pass through. Pass-2 checks mostly fail, so they
  // prefer returning false to throwing: that keeps the error pass fast on huge statements.
  template <class F>
  bool attempt(F&& f) {
    std::size_t saved = pos_;
    try {
      if constexpr (std::is_same_v<decltype(f()), bool>) {
        if (!f()) {
          pos_ = saved;
          return false;
        }
      } else {
        f();
      }
      return true;
    } catch (const ParseAbort& abort) {
      if (abort.reason != ParseAbort::Reason::Generic) throw;
      pos_ = saved;
      return false;
    }
  }
  enum class Rule : std::uint8_t {
    Expression, Disjunction, BitwiseOr, NamedExpression, StarNamedExpression, StarExpressions, Atom,
  };
  template <class F>
  ast::Expr* memoized(Rule rule, F&& f);

  // ---- nodes ----
  template <class T>
  T* make(const ast::Location& loc) {
    T* node = arena_->make<T>();
    node->loc = loc;
    return node;
  }
  ast::Location span(const ast::Location& from, const ast::Location& to) const {
    return {from.line, from.col, to.end_line, to.end_col};
  }
  ast::Location span(const Token& from, const Token& to) const { return span(token_loc(from), token_loc(to)); }
  ast::Location span_to_here(const ast::Location& from) const { return span(from, token_loc(last_real_token())); }
  ast::Location span_to_here(const Token& from) const { return span_to_here(token_loc(from)); }
  std::string_view intern(std::string_view s) { return arena_->copy(s); }
  template <class T>
  ast::Seq<T> seq(const std::vector<T>& v) {
    return arena_->copy(v);
  }

  // ---- statements (parser_statements.cpp) ----
  void statement(std::vector<ast::Stmt*>& out);
  void simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* expression_statement();
  void diagnose_invalid_assignment(std::size_t start);
  ast::Expr* invalid_ann_assign_target();
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* global_stmt(bool nonlocal);
  ast::Stmt* del_stmt();
  ast::Stmt* assert_stmt();
  ast::Stmt* import_name();
  ast::Stmt* import_from();
  ast::Alias* dotted_as_name();
  std::string dotted_name();
  ast::Seq<ast::Stmt*> block(const std::string& what, int line);
  ast::Stmt* compound_stmt();
  ast::Stmt* function_def(std::vector<ast::Expr*> decorators);
  ast::Stmt* class_def(std::vector<ast::Expr*> decorators);
  ast::Stmt* if_stmt();
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt();
  ast::Stmt* with_stmt();
  ast::WithItem* with_item();
  ast::Stmt* try_stmt();
  ast::ExceptHandler* except_block(bool& is_star);
  ast::Seq<ast::Stmt*> else_block();
  bool at_match_statement();

  // ---- parameters (parser_parameters.cpp) ----
  ast::Arguments* parameters(bool is_lambda);
  ast::Arg* parameter(bool is_lambda, bool star_annotation);
  void diagnose_parameters(std::size_t start, bool is_lambda);
  ast::Arguments* empty_arguments();

  // ---- expressions (parser_expressions.cpp) ----
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression();
  ast::Expr* assignment_expression();
  void invalid_named_expression();
  ast::Expr* expression();
  void invalid_expression();
  ast::Expr* lambdef();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* binary(int min_level);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* call(ast::Expr* func, const Token& start);
  void check_invalid_kwarg();
  void diagnose_call_arguments(std::size_t args_start);
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* atom();
  ast::Expr* number_atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  void diagnose_dict(std::size_t after_brace);
  ast::Expr* yield_expr();
  ast::Expr* annotated_rhs();
  ast::Seq<ast::Comprehension*> for_if_clauses();
  ast::Expr* star_targets();
  ast::Expr* star_target();
  ast::Expr* starred_expression();
  bool is_list_tuple_or_genexp_ahead();

  // ---- targets and names (parser_targets.cpp) ----
  static const char* expr_name(const ast::Expr* e);
  static const ast::Expr* invalid_target(const ast::Expr* e, TargetKind kind);
  static bool is_valid_target(const ast::Expr* e, TargetKind kind);
  static bool is_single_target(const ast::Expr* e);
  static void set_context(ast::Expr* e, ast::ExprContext ctx);
  [[noreturn]] void raise_invalid_target(const ast::Expr* e, TargetKind kind);

  // ---- strings (fstring.cpp) ----
  ast::Expr* strings();
  struct FStringState;
  void fstring_concat(FStringState& state, std::string_view body, std::size_t body_offset, bool raw, int recurse_level,
                      const Token& first, const Token& t, const Token& last, std::size_t& cursor);
  ast::Expr* fstring_finish(FStringState& state, const Token& first, const Token& last);
  ast::Expr* fstring_expression(std::string_view body, std::size_t body_offset, bool raw, int recurse_level,
                                const Token& first, const Token& t, const Token& last, std::size_t& cursor);
  ast::Expr* fstring_compile_expr(std::string_view body, std::size_t expr_start, std::size_t expr_end,
                                  std::size_t body_offset, const Token& t);
  ast::Constant* make_str_constant(std::string value, const Token& first, const Token& last);

  Setup setup_;
  const SourceText& source_;
  const std::vector<Token>& tokens_;
  ast::Arena* arena_;
  std::size_t pos_ = 0;
  std::size_t furthest_ = 0;
  int depth_ = 0;
  bool diag_ = false;             // pass 2
  bool without_invalid_ = false;  // CPython's expression_without_invalid
  SyntaxErrorInfo error_;         // the specific or fatal error being thrown
  // Pass-2 memo: (token position, rule) -> result. Open addressing keeps the error pass from
  // allocating once per entry.
  class Memo {
   public:
    struct Entry {
      std::uint64_t key = 0;  // 0: empty (real keys have the low "used" bit set)
      ast::Expr* node = nullptr;
      std::uint32_t end = 0;
      bool failed = false;
    };
    Entry* find(std::uint64_t key) {
      if (slots_.empty()) return nullptr;
      for (std::size_t i = hash(key);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].key == key) return &slots_[i];
        if (slots_[i].key == 0) return nullptr;
      }
    }
    void insert(const Entry& entry) {
      if ((used_ + 1) * 2 > slots_.size()) grow();
      for (std::size_t i = hash(entry.key);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i].key == 0 || slots_[i].key == entry.key) {
          if (slots_[i].key == 0) used_++;
          slots_[i] = entry;
          return;
        }
      }
    }
    void clear() {
      slots_.clear();
      used_ = 0;
    }

   private:
    std::size_t hash(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (slots_.size() - 1);
    }
    void grow() {
      std::vector<Entry> old = std::move(slots_);
      slots_.assign(old.empty() ? 1024 : old.size() * 2, Entry{});
      used_ = 0;
      for (const Entry& e : old) {
        if (e.key != 0) insert(e);
      }
    }
    std::vector<Entry> slots_;
    std::size_t used_ = 0;
  };
  Memo memo_;
  // Where the last f-string field of a token was found (see fstring_compile_expr).
  struct FieldScan {
    std::uint32_t token_begin = ~0u;
    std::size_t pos = 0;
    int lines = 0;
    std::size_t last_newline = 0;
    bool seen_newline = false;
  };
  FieldScan field_scan_;
};

// Counts nesting; beyond the configured depth, parsing stops with a RecursionError.
struct DepthGuard {
  explicit DepthGuard(Parser& p) : parser(p) {
    if (++parser.depth_ > parser.setup_.max_depth) {
      --parser.depth_;
      parser.too_deep();
    }
  }
  ~DepthGuard() { --parser.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  Parser& parser;
};

// Disables pass-2 checks while parsing, as CPython's *_without_invalid rules do.
struct WithoutInvalid {
  explicit WithoutInvalid(Parser& p) : parser(p), saved(p.without_invalid_) { parser.without_invalid_ = true; }
  ~WithoutInvalid() { parser.without_invalid_ = saved; }
  WithoutInvalid(const WithoutInvalid&) = delete;
  WithoutInvalid& operator=(const WithoutInvalid&) = delete;
  Parser& parser;
  bool saved;
};

template <class F>
inline ast::Expr* Parser::memoized(Rule rule, F&& f) {
  if (!diag_) return f();
  std::uint64_t key = (static_cast<std::uint64_t>(pos_) << 5) | (static_cast<std::uint64_t>(rule) << 2) |
                      (without_invalid_ ? 2u : 0u) | 1u;
  if (Memo::Entry* hit = memo_.find(key)) {
    if (hit->failed) fail();
    pos_ = hit->end;
    return hit->node;
  }
  std::size_t start = pos_;
  try {
    ast::Expr* e = f();
    memo_.insert({key, e, static_cast<std::uint32_t>(pos_), false});
    return e;
  } catch (const ParseAbort& abort) {
    if (abort.reason == ParseAbort::Reason::Generic) {
      memo_.insert({key, nullptr, static_cast<std::uint32_t>(start), true});
    }
    throw;
  }
}

// CPython's CURRENT_POS: "where the tokenizer is now" (the end of the furthest token).
inline constexpr int kCurrentPos = -5;

// CPython's _PyPegen_byte_offset_to_character_offset: code points in the first `byte_offset` bytes
// of `text` (a terminating NUL counts when the offset runs one past the end).
int byte_to_char_offset(std::string_view text, long byte_offset);

}  // namespace py::detail
