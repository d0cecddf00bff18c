// Statements. Comments name the CPython 3.11 grammar rules (Grammar/python.gram) each function
// implements; pass-2 checks reproduce that grammar's invalid_* rules.
#include "python/parser_internal.hpp"

namespace py::detail {

using ast::Expr;
using ast::Location;
using ast::Seq;
using ast::Stmt;

// statement: compound_stmt | simple_stmts
void Parser::statement(std::vector<Stmt*>& out) {
  switch (peek().kind) {
    case TokenKind::KwDef:
    case TokenKind::At:
    case TokenKind::KwIf:
    case TokenKind::KwClass:
    case TokenKind::KwWith:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWhile:
    case TokenKind::KwAsync:
      out.push_back(compound_stmt());
      return;
    case TokenKind::Name:
      if (text(peek()) == "match" && at_match_statement()) {
        const Token& t = peek();
        raise_at(token_loc(t), "match statements are not supported");
      }
      break;
    default:
      break;
  }
  simple_stmts(out);
}

// `match <subject>:` NEWLINE INDENT — pattern matching is outside the playground's subset, but it
// deserves a clearer message than "invalid syntax".
bool Parser::at_match_statement() {
  std::size_t saved = pos_;
  bool is_match = attempt([&] {
    next();
    if (!starts_expression(peek()) && !at(TokenKind::Star)) fail();
    WithoutInvalid quiet(*this);
    star_named_expression();
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::Colon)) break;
      star_named_expression();
    }
    expect(TokenKind::Colon);
    expect(TokenKind::Newline);
    if (!at(TokenKind::Indent)) fail();
  });
  pos_ = saved;
  return is_match;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
void Parser::simple_stmts(std::vector<Stmt*>& out) {
  out.push_back(simple_stmt());
  while (accept(TokenKind::Semi)) {
    if (at(TokenKind::Newline)) break;
    out.push_back(simple_stmt());
  }
  expect(TokenKind::Newline);
}

ast::Stmt* Parser::simple_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::KwReturn: return return_stmt();
    case TokenKind::KwImport: return import_name();
    case TokenKind::KwFrom: return import_from();
    case TokenKind::KwRaise: return raise_stmt();
    case TokenKind::KwPass: next(); return make<ast::Pass>(token_loc(t));
    case TokenKind::KwBreak: next(); return make<ast::Break>(token_loc(t));
    case TokenKind::KwContinue: next(); return make<ast::Continue>(token_loc(t));
    case TokenKind::KwDel: return del_stmt();
    case TokenKind::KwAssert: return assert_stmt();
    case TokenKind::KwGlobal: return global_stmt(false);
    case TokenKind::KwNonlocal: return global_stmt(true);
    default: return expression_statement();
  }
}

namespace {

bool augassign_op(TokenKind kind, ast::BinOpKind& op) {
  switch (kind) {
    case TokenKind::PlusEqual: op = ast::BinOpKind::Add; return true;
    case TokenKind::MinEqual: op = ast::BinOpKind::Sub; return true;
    case TokenKind::StarEqual: op = ast::BinOpKind::Mult; return true;
    case TokenKind::AtEqual: op = ast::BinOpKind::MatMult; return true;
    case TokenKind::SlashEqual: op = ast::BinOpKind::Div; return true;
    case TokenKind::PercentEqual: op = ast::BinOpKind::Mod; return true;
    case TokenKind::AmperEqual: op = ast::BinOpKind::BitAnd; return true;
    case TokenKind::VBarEqual: op = ast::BinOpKind::BitOr; return true;
    case TokenKind::CircumflexEqual: op = ast::BinOpKind::BitXor; return true;
    case TokenKind::LeftShiftEqual: op = ast::BinOpKind::LShift; return true;
    case TokenKind::RightShiftEqual: op = ast::BinOpKind::RShift; return true;
    case TokenKind::DoubleStarEqual: op = ast::BinOpKind::Pow; return true;
    case TokenKind::DoubleSlashEqual: op = ast::BinOpKind::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

// assignment | star_expressions (as an expression statement) | yield_stmt.
// The left-hand side is parsed as an expression and then checked as a target, which accepts the
// same programs as CPython's target rules.
ast::Stmt* Parser::expression_statement() {
  std::size_t start = pos_;
  const Token& first = peek();
  Expr* lhs = at(TokenKind::KwYield) ? yield_expr() : star_expressions();

  if (at(TokenKind::Colon)) {  // NAME ':' expression ['=' annotated_rhs] and friends
    if (!is_single_target(lhs) || lhs->kind == ast::ExprKind::Starred) {
      if (diag_) diagnose_invalid_assignment(start);
      fail();
    }
    next();
    Expr* annotation = expression();
    Expr* value = nullptr;
    if (accept(TokenKind::Equal)) value = annotated_rhs();
    auto* s = make<ast::AnnAssign>(span_to_here(first));
    set_context(lhs, ast::ExprContext::Store);
    s->target = lhs;
    s->annotation = annotation;
    s->value = value;
    s->simple = lhs->kind == ast::ExprKind::Name && first.kind != TokenKind::LPar;
    return s;
  }

  if (at(TokenKind::Equal)) {  // (star_targets '=')+ (yield_expr | star_expressions)
    std::vector<Expr*> targets{lhs};
    Expr* value = nullptr;
    for (;;) {
      if (!is_valid_target(targets.back(), TargetKind::Star)) {
        if (diag_) diagnose_invalid_assignment(start);
        fail();
      }
      next();
      Expr* rhs = annotated_rhs();
      if (!at(TokenKind::Equal)) {
        value = rhs;
        break;
      }
      targets.push_back(rhs);
    }
    for (Expr* t : targets) set_context(t, ast::ExprContext::Store);
    auto* s = make<ast::Assign>(span_to_here(first));
    s->targets = seq(targets);
    s->value = value;
    return s;
  }

  ast::BinOpKind op;
  if (augassign_op(peek().kind, op)) {  // single_target augassign ~ (yield_expr | star_expressions)
    if (!is_single_target(lhs)) {
      if (diag_) diagnose_invalid_assignment(start);
      fail();
    }
    next();
    Expr* value = annotated_rhs();
    set_context(lhs, ast::ExprContext::Store);
    auto* s = make<ast::AugAssign>(span_to_here(first));
    s->target = lhs;
    s->op = op;
    s->value = value;
    return s;
  }

  auto* s = make<ast::ExprStmt>(span_to_here(first));
  s->value = lhs;
  return s;
}

// invalid_assignment, tried in CPython's order once the statement is known to be a malformed
// assignment.
void Parser::diagnose_invalid_assignment(std::size_t start) {
  // a=invalid_ann_assign_target ':' expression
  pos_ = start;
  attempt([&] {
    Expr* a = invalid_ann_assign_target();
    expect(TokenKind::Colon);
    expression();
    raise_at(a->loc, std::string("only single target (not ") + expr_name(a) + ") can be annotated");
  });
  // a=star_named_expression ',' star_named_expressions* ':' expression
  pos_ = start;
  attempt([&] {
    Expr* a = star_named_expression();
    expect(TokenKind::Comma);
    while (starts_expression(peek()) || at(TokenKind::Star)) {
      star_named_expression();
      if (!accept(TokenKind::Comma)) break;
    }
    expect(TokenKind::Colon);
    expression();
    raise_at(a->loc, "only single target (not tuple) can be annotated");
  });
  // a=expression ':' expression
  pos_ = start;
  attempt([&] {
    Expr* a = expression();
    expect(TokenKind::Colon);
    expression();
    raise_at(a->loc, "illegal target for annotation");
  });
  auto skip_target_prefixes = [&] {  // (star_targets '=')*
    for (;;) {
      bool more = attempt([&] {
        Expr* t = star_targets();
        if (!is_valid_target(t, TargetKind::Star)) fail();
        expect(TokenKind::Equal);
      });
      if (!more) break;
    }
  };
  // (star_targets '=')* a=star_expressions '='
  pos_ = start;
  skip_target_prefixes();
  attempt([&] {
    Expr* a = star_expressions();
    expect(TokenKind::Equal);
    if (invalid_target(a, TargetKind::Star)) raise_invalid_target(a, TargetKind::Star);
    fail();
  });
  // (star_targets '=')* a=yield_expr '='
  pos_ = start;
  skip_target_prefixes();
  attempt([&] {
    if (!at(TokenKind::KwYield)) fail();
    Expr* a = yield_expr();
    expect(TokenKind::Equal);
    raise_at(a->loc, "assignment to yield expression not possible");
  });
  // a=star_expressions augassign (yield_expr | star_expressions)
  pos_ = start;
  attempt([&] {
    Expr* a = star_expressions();
    ast::BinOpKind op;
    if (!augassign_op(peek().kind, op)) fail();
    next();
    annotated_rhs();
    raise_at(a->loc, std::string("'") + expr_name(a) + "' is an illegal expression for augmented assignment");
  });
  pos_ = start;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
ast::Expr* Parser::invalid_ann_assign_target() {
  const Token& open = peek();
  if (open.kind == TokenKind::LSqb) {
    Expr* e = atom();
    if (e->kind != ast::ExprKind::List) fail();
    return e;
  }
  if (open.kind != TokenKind::LPar) fail();
  Expr* tuple = nullptr;
  if (attempt([&] {
        Expr* e = atom();
        if (e->kind != ast::ExprKind::Tuple || e->loc.col != open.col || e->loc.line != open.line) fail();
        tuple = e;
      })) {
    return tuple;
  }
  next();
  Expr* inner = invalid_ann_assign_target();
  expect(TokenKind::RPar);
  return inner;
}

// return_stmt: 'return' [star_expressions]
ast::Stmt* Parser::return_stmt() {
  const Token& kw = next();
  Expr* value = nullptr;
  if (starts_expression(peek()) || at(TokenKind::Star)) value = star_expressions();
  auto* s = make<ast::Return>(span_to_here(kw));
  s->value = value;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
ast::Stmt* Parser::raise_stmt() {
  const Token& kw = next();
  Expr* exc = nullptr;
  Expr* cause = nullptr;
  if (starts_expression(peek())) {
    exc = expression();
    if (accept(TokenKind::KwFrom)) cause = expression();
  }
  auto* s = make<ast::Raise>(span_to_here(kw));
  s->exc = exc;
  s->cause = cause;
  return s;
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
ast::Stmt* Parser::global_stmt(bool nonlocal) {
  const Token& kw = next();
  std::vector<std::string_view> names;
  do {
    names.push_back(intern(text(expect(TokenKind::Name))));
  } while (accept(TokenKind::Comma));
  if (nonlocal) {
    auto* s = make<ast::Nonlocal>(span_to_here(kw));
    s->names = seq(names);
    return s;
  }
  auto* s = make<ast::Global>(span_to_here(kw));
  s->names = seq(names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
ast::Stmt* Parser::del_stmt() {
  const Token& kw = next();
  std::size_t start = pos_;
  std::vector<Expr*> targets;
  bool ok = attempt([&] {
    do {
      if (!starts_expression(peek())) break;
      Expr* t = bitwise_or();
      if (!is_valid_target(t, TargetKind::Del)) fail();
      targets.push_back(t);
    } while (accept(TokenKind::Comma));
    if (targets.empty()) fail();
    if (!at(TokenKind::Semi) && !at(TokenKind::Newline)) fail();
  });
  if (!ok) {
    if (diag_) {  // invalid_del_stmt: 'del' a=star_expressions
      pos_ = start;
      attempt([&] {
        Expr* a = star_expressions();
        if (invalid_target(a, TargetKind::Del)) raise_invalid_target(a, TargetKind::Del);
      });
    }
    fail();
  }
  for (Expr* t : targets) set_context(t, ast::ExprContext::Del);
  auto* s = make<ast::Delete>(span_to_here(kw));
  s->targets = seq(targets);
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
ast::Stmt* Parser::assert_stmt() {
  const Token& kw = next();
  Expr* test = expression();
  Expr* msg = nullptr;
  if (accept(TokenKind::Comma)) msg = expression();
  auto* s = make<ast::Assert>(span_to_here(kw));
  s->test = test;
  s->msg = msg;
  return s;
}

// dotted_name: dotted_name '.' NAME | NAME
std::string Parser::dotted_name() {
  std::string name(text(expect(TokenKind::Name)));
  while (at(TokenKind::Dot)) {
    next();
    name += '.';
    name += text(expect(TokenKind::Name));
  }
  return name;
}

// dotted_as_name: dotted_name ['as' NAME]
ast::Alias* Parser::dotted_as_name() {
  const Token& first = peek();
  std::string name = dotted_name();
  std::string_view asname;
  if (accept(TokenKind::KwAs)) asname = intern(text(expect(TokenKind::Name)));
  auto* alias = arena_->make<ast::Alias>();
  alias->loc = span_to_here(first);
  alias->name = intern(name);
  alias->asname = asname;
  return alias;
}

// import_name: 'import' dotted_as_names
ast::Stmt* Parser::import_name() {
  const Token& kw = next();
  std::vector<ast::Alias*> names;
  do {
    names.push_back(dotted_as_name());
  } while (accept(TokenKind::Comma));
  auto* s = make<ast::Import>(span_to_here(kw));
  s->names = seq(names);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
ast::Stmt* Parser::import_from() {
  const Token& kw = next();
  int level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) {
      level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  std::string module;
  if (level == 0 || !at(TokenKind::KwImport)) module = dotted_name();
  expect(TokenKind::KwImport);
  std::vector<ast::Alias*> names;
  auto import_from_as_name = [&] {
    const Token& name = expect(TokenKind::Name);
    std::string_view asname;
    if (accept(TokenKind::KwAs)) asname = intern(text(expect(TokenKind::Name)));
    auto* alias = arena_->make<ast::Alias>();
    alias->loc = span_to_here(name);
    alias->name = intern(text(name));
    alias->asname = asname;
    names.push_back(alias);
  };
  if (at(TokenKind::Star)) {
    const Token& star = next();
    auto* alias = arena_->make<ast::Alias>();
    alias->loc = token_loc(star);
    alias->name = intern("*");
    names.push_back(alias);
  } else if (accept(TokenKind::LPar)) {
    import_from_as_name();
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      import_from_as_name();
    }
    expect(TokenKind::RPar);
  } else {
    import_from_as_name();
    while (at(TokenKind::Comma)) {
      next();
      if (at(TokenKind::Newline)) {
        if (diag_) raise_last("trailing comma not allowed without surrounding parentheses");
        fail();
      }
      import_from_as_name();
    }
  }
  auto* s = make<ast::ImportFrom>(span_to_here(kw));
  s->module = module.empty() ? std::string_view() : intern(module);
  s->names = seq(names);
  s->level = level;
  return s;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// `what` names the statement for "expected an indented block after ..." (CPython's
// invalid_*_stmt rules; each compound statement passes its own wording).
Seq<Stmt*> Parser::block(const std::string& what, int line) {
  std::vector<Stmt*> body;
  if (at(TokenKind::Newline)) {
    next();
    if (!at(TokenKind::Indent)) {
      if (diag_) {
        raise_last("expected an indented block after " + what + " on line " + std::to_string(line),
                   ErrorKind::IndentationError);
      }
      fail();
    }
    next();
    DepthGuard guard(*this);
    do {
      statement(body);
    } while (!at(TokenKind::Dedent));
    next();
    return seq(body);
  }
  simple_stmts(body);
  return seq(body);
}

ast::Stmt* Parser::compound_stmt() {
  switch (peek().kind) {
    case TokenKind::At: {
      // decorators: ('@' named_expression NEWLINE)+
      std::vector<Expr*> decorators;
      while (accept(TokenKind::At)) {
        decorators.push_back(named_expression());
        expect(TokenKind::Newline);
      }
      if (at(TokenKind::KwClass)) return class_def(std::move(decorators));
      if (at(TokenKind::KwDef) || (at(TokenKind::KwAsync) && peek(1).kind == TokenKind::KwDef)) {
        return function_def(std::move(decorators));
      }
      fail();
    }
    case TokenKind::KwDef: return function_def({});
    case TokenKind::KwClass: return class_def({});
    case TokenKind::KwIf: return if_stmt();
    case TokenKind::KwWhile: return while_stmt();
    case TokenKind::KwFor: return for_stmt();
    case TokenKind::KwWith: return with_stmt();
    case TokenKind::KwTry: return try_stmt();
    case TokenKind::KwAsync:
      switch (peek(1).kind) {
        case TokenKind::KwDef: return function_def({});
        case TokenKind::KwFor: return for_stmt();
        case TokenKind::KwWith: return with_stmt();
        default: fail();
      }
    default: fail();
  }
}

// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block  (and ASYNC)
ast::Stmt* Parser::function_def(std::vector<Expr*> decorators) {
  const Token& first = peek();
  bool is_async = accept(TokenKind::KwAsync);
  const Token& kw = expect(TokenKind::KwDef);
  const Token& name = expect(TokenKind::Name);
  expect_forced(TokenKind::LPar, "(");
  ast::Arguments* args = parameters(false);
  expect(TokenKind::RPar);
  Expr* returns = nullptr;
  if (accept(TokenKind::RArrow)) returns = expression();
  expect_forced(TokenKind::Colon, ":");
  Seq<Stmt*> body = block("function definition", kw.line);
  auto* s = make<ast::FunctionDef>(span_to_here(first));
  if (is_async) s->kind = ast::StmtKind::AsyncFunctionDef;
  s->name = intern(text(name));
  s->args = args;
  s->body = body;
  s->decorator_list = seq(decorators);
  s->returns = returns;
  return s;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
ast::Stmt* Parser::class_def(std::vector<Expr*> decorators) {
  const Token& kw = next();
  const Token& name = expect(TokenKind::Name);
  Seq<Expr*> bases;
  Seq<ast::Keyword*> keywords;
  if (at(TokenKind::LPar)) {
    auto* call_node = call(nullptr, peek())->as<ast::Call>();
    bases = call_node->args;
    keywords = call_node->keywords;
  }
  if (!at(TokenKind::Colon)) {
    if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
    fail();
  }
  next();
  Seq<Stmt*> body = block("class definition", kw.line);
  auto* s = make<ast::ClassDef>(span_to_here(kw));
  s->name = intern(text(name));
  s->bases = bases;
  s->keywords = keywords;
  s->body = body;
  s->decorator_list = seq(decorators);
  return s;
}

// if_stmt / elif_stmt, built iteratively so a long elif chain costs no native stack.
ast::Stmt* Parser::if_stmt() {
  struct Clause {
    const Token* kw;
    Expr* test;
    Seq<Stmt*> body;
  };
  std::vector<Clause> clauses;
  do {
    const Token& kw = next();
    bool is_elif = kw.kind == TokenKind::KwElif;
    Expr* test = named_expression();
    if (!at(TokenKind::Colon)) {
      if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
      fail();
    }
    next();
    Seq<Stmt*> body = block(is_elif ? "'elif' statement" : "'if' statement", kw.line);
    clauses.push_back({&kw, test, body});
    if (depth_ + static_cast<int>(clauses.size()) > setup_.max_depth) too_deep();
  } while (at(TokenKind::KwElif));
  Seq<Stmt*> orelse;
  if (at(TokenKind::KwElse)) orelse = else_block();
  Location end = token_loc(last_real_token());
  Stmt* node = nullptr;
  for (std::size_t i = clauses.size(); i-- > 0;) {
    auto* s = make<ast::If>(span(token_loc(*clauses[i].kw), end));
    s->test = clauses[i].test;
    s->body = clauses[i].body;
    if (node) {
      s->orelse = seq(std::vector<Stmt*>{node});
    } else {
      s->orelse = orelse;
    }
    node = s;
  }
  return node;
}

// else_block: 'else' &&':' block
Seq<Stmt*> Parser::else_block() {
  const Token& kw = next();
  expect_forced(TokenKind::Colon, ":");
  return block("'else' statement", kw.line);
}

// while_stmt: 'while' named_expression ':' block [else_block]
ast::Stmt* Parser::while_stmt() {
  const Token& kw = next();
  Expr* test = named_expression();
  if (!at(TokenKind::Colon)) {
    if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
    fail();
  }
  next();
  Seq<Stmt*> body = block("'while' statement", kw.line);
  Seq<Stmt*> orelse;
  if (at(TokenKind::KwElse)) orelse = else_block();
  auto* s = make<ast::While>(span_to_here(kw));
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
//         | invalid_for_target
ast::Stmt* Parser::for_stmt() {
  const Token& first = peek();
  bool is_async = accept(TokenKind::KwAsync);
  const Token& kw = expect(TokenKind::KwFor);
  std::size_t target_start = pos_;
  Expr* target = nullptr;
  bool ok = attempt([&] {
    target = star_targets();
    if (!is_valid_target(target, TargetKind::For)) fail();
    if (!at(TokenKind::KwIn)) fail();
  });
  if (!ok) {
    if (diag_) {  // invalid_for_target: ASYNC? 'for' a=star_expressions
      pos_ = target_start;
      attempt([&] {
        Expr* a = star_expressions();
        if (invalid_target(a, TargetKind::For)) raise_invalid_target(a, TargetKind::For);
      });
    }
    fail();
  }
  next();  // 'in'
  Expr* iter = star_expressions();
  if (!at(TokenKind::Colon)) {
    if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
    fail();
  }
  next();
  Seq<Stmt*> body = block("'for' statement", kw.line);
  Seq<Stmt*> orelse;
  if (at(TokenKind::KwElse)) orelse = else_block();
  set_context(target, ast::ExprContext::Store);
  auto* s = make<ast::For>(span_to_here(first));
  if (is_async) s->kind = ast::StmtKind::AsyncFor;
  s->target = target;
  s->iter = iter;
  s->body = body;
  s->orelse = orelse;
  return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
ast::WithItem* Parser::with_item() {
  Expr* context = expression();
  Expr* vars = nullptr;
  if (at(TokenKind::KwAs)) {
    next();
    std::size_t target_start = pos_;
    bool ok = attempt([&] {
      vars = star_target();
      if (!is_valid_target(vars, TargetKind::Star)) fail();
      if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) fail();
    });
    if (!ok) {
      if (diag_) {  // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        pos_ = target_start;
        attempt([&] {
          Expr* a = expression();
          if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) fail();
          if (invalid_target(a, TargetKind::Star)) raise_invalid_target(a, TargetKind::Star);
        });
      }
      fail();
    }
    set_context(vars, ast::ExprContext::Store);
  }
  auto* item = arena_->make<ast::WithItem>();
  item->context_expr = context;
  item->optional_vars = vars;
  return item;
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' block
ast::Stmt* Parser::with_stmt() {
  const Token& first = peek();
  bool is_async = accept(TokenKind::KwAsync);
  const Token& kw = expect(TokenKind::KwWith);
  std::vector<ast::WithItem*> items;
  bool parenthesized = false;
  if (at(TokenKind::LPar)) {
    parenthesized = attempt([&] {
      next();
      items.push_back(with_item());
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        items.push_back(with_item());
      }
      expect(TokenKind::RPar);
      if (!at(TokenKind::Colon)) fail();
    });
    if (!parenthesized) items.clear();
  }
  if (!parenthesized) {
    items.push_back(with_item());
    while (accept(TokenKind::Comma)) items.push_back(with_item());
    if (!at(TokenKind::Colon)) {
      if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
      fail();
    }
  }
  next();  // ':'
  Seq<Stmt*> body = block("'with' statement", kw.line);
  auto* s = make<ast::With>(span_to_here(first));
  if (is_async) s->kind = ast::StmtKind::AsyncWith;
  s->items = seq(items);
  s->body = body;
  return s;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
//                                | except_star_block+ [else_block] [finally_block])
ast::Stmt* Parser::try_stmt() {
  const Token& kw = next();
  expect_forced(TokenKind::Colon, ":");
  Seq<Stmt*> body = block("'try' statement", kw.line);
  if (!at(TokenKind::KwExcept) && !at(TokenKind::KwFinally)) {
    if (diag_) raise_last("expected 'except' or 'finally' block");
    fail();
  }
  std::vector<ast::ExceptHandler*> handlers;
  bool first_is_star = false;
  while (at(TokenKind::KwExcept)) {
    const Token& except_kw = peek();
    bool is_star = false;
    ast::ExceptHandler* h = except_block(is_star);
    if (handlers.empty()) {
      first_is_star = is_star;
    } else if (is_star != first_is_star) {
      if (diag_) {
        if (is_star) {
          raise_range(token_loc(except_kw), token_loc(tokens_[&except_kw - tokens_.data() + 1]),
                      "cannot have both 'except' and 'except*' on the same 'try'");
        }
        raise_at(token_loc(except_kw), "cannot have both 'except' and 'except*' on the same 'try'");
      }
      fail();
    }
    handlers.push_back(h);
  }
  Seq<Stmt*> orelse;
  if (!handlers.empty() && at(TokenKind::KwElse)) orelse = else_block();
  Seq<Stmt*> finalbody;
  if (at(TokenKind::KwFinally)) {
    const Token& fkw = next();
    expect_forced(TokenKind::Colon, ":");
    finalbody = block("'finally' statement", fkw.line);
  }
  auto* s = make<ast::Try>(span_to_here(kw));
  if (first_is_star) s->kind = ast::StmtKind::TryStar;
  s->body = body;
  s->handlers = seq(handlers);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
ast::ExceptHandler* Parser::except_block(bool& is_star) {
  const Token& kw = next();
  is_star = accept(TokenKind::Star);
  Expr* type = nullptr;
  std::string_view name;
  if (!at(TokenKind::Colon) || is_star) {
    if (is_star && (at(TokenKind::Colon) || at(TokenKind::Newline))) {
      if (diag_) raise_last("expected one or more exception types");
      fail();
    }
    if (at(TokenKind::Newline)) {
      if (diag_) raise_last("expected ':'");
      fail();
    }
    std::size_t type_start = pos_;
    type = expression();
    if (at(TokenKind::Comma)) {
      if (diag_) {  // 'except' a=expression ',' expressions ['as' NAME] ':'
        pos_ = type_start;
        attempt([&] {
          Expr* a = expression();
          expect(TokenKind::Comma);
          expression();
          while (accept(TokenKind::Comma)) {
            if (!starts_expression(peek())) break;
            expression();
          }
          if (accept(TokenKind::KwAs)) expect(TokenKind::Name);
          expect(TokenKind::Colon);
          raise_starting_from(a->loc, "multiple exception types must be parenthesized");
        });
      }
      fail();
    }
    if (accept(TokenKind::KwAs)) name = intern(text(expect(TokenKind::Name)));
  }
  if (!at(TokenKind::Colon)) {
    if (diag_ && at(TokenKind::Newline)) raise_last("expected ':'");
    fail();
  }
  next();
  Seq<Stmt*> body = block(is_star ? "'except*' statement" : "'except' statement", kw.line);
  auto* h = arena_->make<ast::ExceptHandler>();
  h->loc = span_to_here(kw);
  h->type = type;
  h->name = name;
  h->body = body;
  return h;
}

}  // namespace py::detail
