// The parser driver: token access, error construction and the two-pass error strategy. The grammar
// itself is in parser_statements.cpp, parser_parameters.cpp, parser_expressions.cpp and
// fstring.cpp.
#include "python/parser.hpp"

#include <algorithm>

#include "python/context_check.hpp"
#include "python/parser_internal.hpp"
#include "python/unicode.hpp"

namespace py {
namespace detail {

int byte_to_char_offset(std::string_view text, long byte_offset) {
  if (byte_offset < 0) byte_offset = 0;
  std::size_t n = static_cast<std::size_t>(byte_offset);
  if (n > text.size() + 1) n = text.size() + 1;
  int extra = n > text.size() ? 1 : 0;
  return static_cast<int>(unicode::count_chars(text.substr(0, std::min(n, text.size())))) + extra;
}

Parser::Parser(Setup setup)
    : setup_(std::move(setup)),
      source_(*setup_.source),
      tokens_(setup_.lex->tokens),
      arena_(setup_.arena),
      depth_(setup_.initial_depth) {}

// ---------------------------------------------------------------------------------------------
// Tokens

const Token& Parser::peek(int k) {
  std::size_t i = pos_ + static_cast<std::size_t>(k);
  if (i >= tokens_.size()) i = tokens_.size() - 1;
  if (i > furthest_) furthest_ = i;
  const Token& t = tokens_[i];
  // Fetching the token where tokenization stopped raises the tokenizer's error, as in CPython.
  if (t.kind == TokenKind::ErrorToken) fatal(*setup_.lex->error);
  return t;
}

const Token& Parser::next() {
  const Token& t = peek();
  if (t.kind != TokenKind::EndMarker) pos_++;
  return t;
}

bool Parser::accept(TokenKind kind) {
  if (!at(kind)) return false;
  next();
  return true;
}

const Token& Parser::expect(TokenKind kind) {
  if (!at(kind)) fail();
  return next();
}

const Token& Parser::expect_forced(TokenKind kind, const char* spelling) {
  if (!at(kind)) raise_at(token_loc(peek()), std::string("expected '") + spelling + "'");
  return next();
}

std::string_view Parser::text(const Token& t) const { return source_.text().substr(t.begin, t.end - t.begin); }

bool Parser::starts_expression(const Token& t) const {
  switch (t.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool Parser::is_soft_keyword(const Token& t) const {
  if (t.kind != TokenKind::Name) return false;
  std::string_view s = text(t);
  return s == "match" || s == "case" || s == "_";
}

const Token& Parser::last_real_token() const {
  std::size_t i = pos_;
  while (i > 0) {
    const Token& t = tokens_[i - 1];
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent &&
        t.kind != TokenKind::EndMarker) {
      return t;
    }
    i--;
  }
  return tokens_[0];
}

// ---------------------------------------------------------------------------------------------
// Errors

namespace {

bool is_positionless(const Token& t) {
  return t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent || t.kind == TokenKind::EndMarker ||
         t.kind == TokenKind::ErrorToken;
}

}  // namespace

void Parser::fail() { throw ParseAbort{ParseAbort::Reason::Generic}; }

void Parser::fatal(SyntaxErrorInfo error) {
  error_ = std::move(error);
  throw ParseAbort{ParseAbort::Reason::Fatal};
}

void Parser::too_deep() {
  SyntaxErrorInfo e;
  e.kind = ErrorKind::RecursionError;
  e.message = "maximum recursion depth exceeded during compilation";
  fatal(std::move(e));
}

ast::Location Parser::token_loc(const Token& t) const {
  if (is_positionless(t)) return {t.line, -1, t.end_line, -1};
  return {t.line, t.col, t.end_line, t.end_col};
}

std::string Parser::error_text(int line) const {
  if (setup_.fstring_mode) return std::string(source_.text());
  return source_.line_as_error_text(line);
}

SyntaxErrorInfo Parser::make_error(ErrorKind kind, const std::string& message, int line, int col, int end_line,
                                   int end_col) {
  // "Where the tokenizer is now": just after the furthest token fetched.
  const Token& far = tokens_[furthest_];
  int cursor_line = far.end_line;
  int cursor_col = is_positionless(far) ? far.col : far.kind == TokenKind::Newline ? far.end_col + 1 : far.end_col;
  if (end_line == kCurrentPos) end_line = cursor_line;
  if (end_col == kCurrentPos) end_col = cursor_col;
  if (col == kCurrentPos) col = cursor_col;

  SyntaxErrorInfo e;
  e.kind = kind;
  e.message = setup_.fstring_mode && kind != ErrorKind::RecursionError ? "f-string: " + message : message;
  e.line = line;
  e.end_line = end_line;
  e.text = error_text(line);
  if (setup_.fstring_mode) {
    col -= setup_.fstring_col_shift;
    end_col -= setup_.fstring_col_shift;
  }
  // CPython converts byte columns to characters only for files that declare their encoding.
  if (source_.has_declared_encoding()) {
    e.column = byte_to_char_offset(e.text, col);
    e.end_column = end_col > 0 ? byte_to_char_offset(e.text, end_col) : end_col;
  } else {
    e.column = col;
    e.end_column = end_col;
  }
  return e;
}

void Parser::raise_error(ErrorKind kind, const std::string& message, int line, int col, int end_line, int end_col) {
  error_ = make_error(kind, message, line, col, end_line, end_col);
  throw ParseAbort{ParseAbort::Reason::Error};
}

// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.
void Parser::raise_last(const std::string& message, ErrorKind kind) {
  const Token& t = tokens_[furthest_];
  if (is_positionless(t)) raise_error(kind, message, t.line, t.col, t.end_line, -1);
  raise_error(kind, message, t.line, t.col + 1, t.end_line, t.end_col + 1);
}

void Parser::raise_at(const ast::Location& where, const std::string& message) {
  raise_error(ErrorKind::SyntaxError, message, where.line, where.col + 1, where.end_line, where.end_col + 1);
}

void Parser::raise_range(const ast::Location& from, const ast::Location& to, const std::string& message) {
  raise_error(ErrorKind::SyntaxError, message, from.line, from.col + 1, to.end_line, to.end_col + 1);
}

void Parser::raise_starting_from(const ast::Location& from, const std::string& message) {
  raise_error(ErrorKind::SyntaxError, message, from.line, from.col + 1, kCurrentPos, kCurrentPos);
}

// ---------------------------------------------------------------------------------------------
// Passes

template <class RuleFn>
bool Parser::run_passes(RuleFn rule, SyntaxErrorInfo& error) {
  try {
    rule(false);
    return true;
  } catch (const ParseAbort& abort) {
    if (abort.reason == ParseAbort::Reason::Fatal) {
      error = error_;
      return false;
    }
    if (abort.reason == ParseAbort::Reason::Error) {
      error = apply_tokenizer_overrides(error_);
      return false;
    }
  }
  std::size_t furthest_pass1 = furthest_;
  diag_ = true;
  without_invalid_ = false;
  depth_ = setup_.initial_depth;
  memo_.clear();
  try {
    rule(true);
  } catch (const ParseAbort& abort) {
    if (abort.reason == ParseAbort::Reason::Fatal) {
      error = error_;
      return false;
    }
    if (abort.reason == ParseAbort::Reason::Error) {
      error = apply_tokenizer_overrides(error_);
      return false;
    }
  }
  error = generic_error(furthest_pass1);
  return false;
}

SyntaxErrorInfo Parser::generic_error(std::size_t furthest_pass1) {
  const Token& last = tokens_[furthest_pass1];
  if (last.kind == TokenKind::Indent || last.kind == TokenKind::Dedent) {
    try {
      raise_last(last.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent",
                 ErrorKind::IndentationError);
    } catch (const ParseAbort&) {
      return error_;
    }
  }
  ast::Location where = token_loc(last);
  SyntaxErrorInfo e =
      make_error(ErrorKind::SyntaxError, "invalid syntax", where.line, where.col + 1, where.end_line, where.end_col + 1);
  return apply_tokenizer_overrides(std::move(e));
}

// After a parse error CPython tokenizes the rest of the input: a tokenizer error there wins, and
// so does a bracket left open on a line before the one the parser stopped at.
SyntaxErrorInfo Parser::apply_tokenizer_overrides(SyntaxErrorInfo error) {
  const LexResult& lex = *setup_.lex;
  const Token& far = tokens_[furthest_];
  if (far.kind == TokenKind::EndMarker) return error;
  if (lex.error && lex.error_overrides_parser) return *lex.error;
  if (!lex.open_brackets.empty() && far.line > lex.open_brackets.back().line) {
    const OpenBracket& open = lex.open_brackets.back();
    SyntaxErrorInfo e;
    e.message = std::string("'") + open.ch + "' was never closed";
    e.line = e.end_line = open.line;
    e.text = setup_.fstring_mode ? std::string(source_.text()) : source_.line_as_error_text(open.line);
    e.column = source_.has_declared_encoding() ? byte_to_char_offset(e.text, open.col + 1) : open.col + 1;
    e.end_column = 0;
    return e;
  }
  return error;
}

bool Parser::parse_module_body(ast::Seq<ast::Stmt*>& body, SyntaxErrorInfo& error) {
  std::vector<ast::Stmt*> statements;
  std::size_t statement_start = 0;
  auto rule = [&](bool second_pass) {
    // The second pass only needs to revisit the top-level statement where the first one failed.
    if (second_pass) pos_ = statement_start;
    while (!at(TokenKind::EndMarker)) {
      if (!second_pass) statement_start = pos_;
      statement(statements);
    }
  };
  if (!run_passes(rule, error)) return false;
  body = seq(statements);
  return true;
}

bool Parser::parse_fstring_field(ast::Expr*& expr, SyntaxErrorInfo& error) {
  auto rule = [&](bool) {
    pos_ = 0;
    expr = star_expressions();
  };
  return run_passes(rule, error);
}

}  // namespace detail

ParseResult parse_module(std::string_view source, const ParseOptions& options) {
  ParseResult result;
  SourceText text(source);
  LexOptions lex_options;
  lex_options.filename = options.filename;
  LexResult lex = tokenize(text, lex_options);
  auto module = std::make_unique<ast::Module>();
  detail::Parser::Setup setup;
  setup.source = &text;
  setup.lex = &lex;
  setup.arena = &module->arena;
  setup.filename = options.filename;
  setup.max_depth = options.max_depth;
  detail::Parser parser(std::move(setup));
  SyntaxErrorInfo error;
  if (!parser.parse_module_body(module->body, error)) {
    result.error = std::move(error);
    return result;
  }
  if (options.check_context) {
    if (auto context_error = check_context(*module, text)) {
      result.error = std::move(*context_error);
      return result;
    }
  }
  result.module = std::move(module);
  return result;
}

}  // namespace py
