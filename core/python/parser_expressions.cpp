// Expressions, from star_expressions down to atoms. Binary operators from `|` to `@` use
// precedence climbing (one function, one native frame per nesting level instead of six).
#include <string>

#include "python/literals.hpp"
#include "python/parser_internal.hpp"

namespace py::detail {

using ast::Expr;
using ast::ExprKind;
using ast::Location;

namespace {

bool is_legacy_name(std::string_view s) { return s == "print" || s == "exec"; }

}  // namespace

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::star_expressions() {
  return memoized(Rule::StarExpressions, [&]() -> Expr* {
    const Token& first = peek();
    Expr* e = star_expression();
    if (!at(TokenKind::Comma)) return e;
    std::vector<Expr*> elts{e};
    while (accept(TokenKind::Comma)) {
      if (!starts_expression(peek()) && !at(TokenKind::Star)) break;
      elts.push_back(star_expression());
    }
    auto* t = make<ast::Tuple>(span_to_here(first));
    t->elts = seq(elts);
    return t;
  });
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (at(TokenKind::Star)) {
    const Token& star = next();
    Expr* value = bitwise_or();
    auto* s = make<ast::Starred>(span_to_here(star));
    s->value = value;
    return s;
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  return memoized(Rule::StarNamedExpression, [&]() -> Expr* {
    if (at(TokenKind::Star)) return star_expression();
    return named_expression();
  });
}

// starred_expression: '*' expression
Expr* Parser::starred_expression() {
  const Token& star = expect(TokenKind::Star);
  Expr* value = expression();
  auto* s = make<ast::Starred>(span_to_here(star));
  s->value = value;
  return s;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::named_expression() {
  return memoized(Rule::NamedExpression, [&]() -> Expr* {
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) return assignment_expression();
    if (diag_ && !without_invalid_) invalid_named_expression();
    Expr* e = expression();
    if (at(TokenKind::ColonEqual)) fail();
    return e;
  });
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignment_expression() {
  const Token& name = expect(TokenKind::Name);
  expect(TokenKind::ColonEqual);
  Expr* value = expression();
  auto* target = make<ast::Name>(token_loc(name));
  target->id = intern(text(name));
  target->ctx = ast::ExprContext::Store;
  auto* e = make<ast::NamedExpr>(span_to_here(name));
  e->target = target;
  e->value = value;
  return e;
}

bool Parser::is_list_tuple_or_genexp_ahead() {
  const Token& open = peek();
  if (open.kind != TokenKind::LSqb && open.kind != TokenKind::LPar) return false;
  bool result = false;
  std::size_t saved = pos_;
  attempt([&] {
    Expr* e = atom();
    bool own_brackets = e->loc.line == open.line && e->loc.col == open.col;
    result = own_brackets && (e->kind == ExprKind::List || e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp);
  });
  pos_ = saved;
  return result;
}

// invalid_named_expression
void Parser::invalid_named_expression() {
  std::size_t start = pos_;
  // a=expression ':=' expression
  attempt([&] {
    Expr* a = expression();
    if (!at(TokenKind::ColonEqual)) return false;
    next();
    expression();
    raise_at(a->loc, std::string("cannot use assignment expressions with ") + expr_name(a));
  });
  pos_ = start;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
    attempt([&] {
      const Token& a = next();
      next();
      Expr* b = bitwise_or();
      if (at(TokenKind::Equal) || at(TokenKind::ColonEqual)) return false;
      raise_range(token_loc(a), b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
    pos_ = start;
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  TokenKind k = peek().kind;
  if (k != TokenKind::KwTrue && k != TokenKind::KwNone && k != TokenKind::KwFalse && !is_list_tuple_or_genexp_ahead()) {
    attempt([&] {
      Expr* a = bitwise_or();
      if (!at(TokenKind::Equal)) return false;
      next();
      bitwise_or();
      if (at(TokenKind::Equal) || at(TokenKind::ColonEqual)) return false;
      raise_at(a->loc, std::string("cannot assign to ") + expr_name(a) + " here. Maybe you meant '==' instead of '='?");
    });
  }
  pos_ = start;
}

// expression: invalid_expression | invalid_legacy_expression
//           | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression() {
  return memoized(Rule::Expression, [&]() -> Expr* {
    DepthGuard guard(*this);
    if (diag_ && !without_invalid_) invalid_expression();
    if (at(TokenKind::KwLambda)) return lambdef();
    const Token& start = peek();
    Expr* body = disjunction();
    if (!at(TokenKind::KwIf)) return body;
    Expr* test = nullptr;
    Expr* orelse = nullptr;
    // Without its 'else' this is not a conditional expression; as in PEG the plain disjunction
    // stands and the caller deals with the 'if'.
    if (!attempt([&] {
          next();
          test = disjunction();
          expect(TokenKind::KwElse);
          orelse = expression();
        })) {
      return body;
    }
    auto* e = make<ast::IfExp>(span_to_here(start));
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
  });
}

// invalid_expression and invalid_legacy_expression
void Parser::invalid_expression() {
  std::size_t start = pos_;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  bool excluded = (at(TokenKind::Name) && peek(1).kind == TokenKind::String) || is_soft_keyword(peek());
  if (!excluded) {
    attempt([&] {
      Expr* a = disjunction();
      if (!starts_expression(peek())) return false;
      Expr* b = nullptr;
      {
        WithoutInvalid quiet(*this);
        b = expression();
      }
      if (a->kind == ExprKind::Name && is_legacy_name(a->as<ast::Name>()->id)) return false;
      if (prev().level == 0) return false;
      raise_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
    });
    pos_ = start;
  }
  // a=disjunction 'if' b=disjunction !('else'|':')
  attempt([&] {
    Expr* a = disjunction();
    if (!at(TokenKind::KwIf)) return false;
    next();
    Expr* b = disjunction();
    if (at(TokenKind::KwElse) || at(TokenKind::Colon)) return false;
    raise_range(a->loc, b->loc, "expected 'else' after 'if' expression");
  });
  pos_ = start;
  // invalid_legacy_expression: a=NAME !'(' b=star_expressions
  if (at(TokenKind::Name) && is_legacy_name(text(peek())) && peek(1).kind != TokenKind::LPar) {
    attempt([&] {
      const Token& a = next();
      Expr* b = star_expressions();
      std::string name(text(a));
      raise_range(token_loc(a), b->loc, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    });
    pos_ = start;
  }
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  const Token& kw = next();
  ast::Arguments* args = parameters(true);
  expect(TokenKind::Colon);
  Expr* body = expression();
  auto* e = make<ast::Lambda>(span_to_here(kw));
  e->args = args;
  e->body = body;
  return e;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  return memoized(Rule::Disjunction, [&]() -> Expr* {
    const Token& start = peek();
    Expr* first = conjunction();
    if (!at(TokenKind::KwOr)) return first;
    std::vector<Expr*> values{first};
    while (at(TokenKind::KwOr)) {
      // PEG repetition: an operand that fails to parse ends the chain before its operator.
      std::size_t before = pos_;
      if (!attempt([&] {
            next();
            values.push_back(conjunction());
          })) {
        pos_ = before;
        break;
      }
    }
    if (values.size() == 1) return first;
    auto* e = make<ast::BoolOp>(span_to_here(start));
    e->op = ast::BoolOpKind::Or;
    e->values = seq(values);
    return e;
  });
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  const Token& start = peek();
  Expr* first = inversion();
  if (!at(TokenKind::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (at(TokenKind::KwAnd)) {
    std::size_t before = pos_;
    if (!attempt([&] {
          next();
          values.push_back(inversion());
        })) {
      pos_ = before;
      break;
    }
  }
  if (values.size() == 1) return first;
  auto* e = make<ast::BoolOp>(span_to_here(start));
  e->op = ast::BoolOpKind::And;
  e->values = seq(values);
  return e;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  if (!at(TokenKind::KwNot)) return comparison();
  DepthGuard guard(*this);
  const Token& kw = next();
  Expr* operand = inversion();
  auto* e = make<ast::UnaryOp>(span_to_here(kw));
  e->op = ast::UnaryOpKind::Not;
  e->operand = operand;
  return e;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::comparison() {
  const Token& start = peek();
  Expr* left = bitwise_or();
  std::vector<ast::CmpOpKind> ops;
  std::vector<Expr*> comparators;
  for (;;) {
    ast::CmpOpKind op;
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::EqEqual: op = ast::CmpOpKind::Eq; break;
      case TokenKind::NotEqual:
        if (text(t) != "!=") goto done;  // "<>" only exists under `from __future__ import barry_as_FLUFL`
        op = ast::CmpOpKind::NotEq;
        break;
      case TokenKind::LessEqual: op = ast::CmpOpKind::LtE; break;
      case TokenKind::Less: op = ast::CmpOpKind::Lt; break;
      case TokenKind::GreaterEqual: op = ast::CmpOpKind::GtE; break;
      case TokenKind::Greater: op = ast::CmpOpKind::Gt; break;
      case TokenKind::KwIn: op = ast::CmpOpKind::In; break;
      case TokenKind::KwNot:
        if (peek(1).kind != TokenKind::KwIn) goto done;
        op = ast::CmpOpKind::NotIn;
        break;
      case TokenKind::KwIs:
        if (peek(1).kind == TokenKind::KwNot) {
          op = ast::CmpOpKind::IsNot;
        } else {
          op = ast::CmpOpKind::Is;
        }
        break;
      default: goto done;
    }
    {
      std::size_t before = pos_;
      if (!attempt([&] {
            if (op == ast::CmpOpKind::NotIn || op == ast::CmpOpKind::IsNot) next();
            next();
            comparators.push_back(bitwise_or());
          })) {
        pos_ = before;
        goto done;
      }
      ops.push_back(op);
    }
  }
done:
  if (ops.empty()) return left;
  auto* e = make<ast::Compare>(span_to_here(start));
  e->left = left;
  e->ops = seq(ops);
  e->comparators = seq(comparators);
  return e;
}

namespace {

// Binding strength of the binary operators handled by Parser::binary (higher binds tighter).
bool binary_op(TokenKind kind, int& level, ast::BinOpKind& op) {
  switch (kind) {
    case TokenKind::VBar: level = 0, op = ast::BinOpKind::BitOr; return true;
    case TokenKind::Circumflex: level = 1, op = ast::BinOpKind::BitXor; return true;
    case TokenKind::Amper: level = 2, op = ast::BinOpKind::BitAnd; return true;
    case TokenKind::LeftShift: level = 3, op = ast::BinOpKind::LShift; return true;
    case TokenKind::RightShift: level = 3, op = ast::BinOpKind::RShift; return true;
    case TokenKind::Plus: level = 4, op = ast::BinOpKind::Add; return true;
    case TokenKind::Minus: level = 4, op = ast::BinOpKind::Sub; return true;
    case TokenKind::Star: level = 5, op = ast::BinOpKind::Mult; return true;
    case TokenKind::Slash: level = 5, op = ast::BinOpKind::Div; return true;
    case TokenKind::DoubleSlash: level = 5, op = ast::BinOpKind::FloorDiv; return true;
    case TokenKind::Percent: level = 5, op = ast::BinOpKind::Mod; return true;
    case TokenKind::At: level = 5, op = ast::BinOpKind::MatMult; return true;
    default: return false;
  }
}

}  // namespace

// bitwise_or .. term: all left-associative.
Expr* Parser::bitwise_or() {
  return memoized(Rule::BitwiseOr, [&]() -> Expr* { return binary(0); });
}

Expr* Parser::binary(int min_level) {
  const Token& start = peek();
  Expr* left = factor();
  int chain = 0;
  for (;;) {
    int level;
    ast::BinOpKind op;
    if (!binary_op(peek().kind, level, op) || level < min_level) return left;
    std::size_t before = pos_;
    Expr* right = nullptr;
    if (!attempt([&] {
          next();
          right = binary(level + 1);
        })) {
      pos_ = before;
      return left;
    }
    auto* e = make<ast::BinOp>(span_to_here(start));
    e->left = left;
    e->op = op;
    e->right = right;
    left = e;
    // A left-leaning chain nests one level per operator without native recursion; it still
    // counts toward the depth limit because whoever walks the tree recurses.
    if (depth_ + ++chain > setup_.max_depth) too_deep();
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  ast::UnaryOpKind op;
  switch (peek().kind) {
    case TokenKind::Plus: op = ast::UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = ast::UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = ast::UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  const Token& t = next();
  Expr* operand = factor();
  auto* e = make<ast::UnaryOp>(span_to_here(t));
  e->op = op;
  e->operand = operand;
  return e;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  const Token& start = peek();
  Expr* base = await_primary();
  if (!at(TokenKind::DoubleStar)) return base;
  std::size_t before = pos_;
  DepthGuard guard(*this);
  Expr* exponent = nullptr;
  if (!attempt([&] {
        next();
        exponent = factor();
      })) {
    pos_ = before;
    return base;
  }
  auto* e = make<ast::BinOp>(span_to_here(start));
  e->left = base;
  e->op = ast::BinOpKind::Pow;
  e->right = exponent;
  return e;
}

// await_primary: AWAIT primary | primary
Expr* Parser::await_primary() {
  if (!at(TokenKind::KwAwait)) return primary();
  DepthGuard guard(*this);
  const Token& kw = next();
  Expr* value = primary();
  auto* e = make<ast::Await>(span_to_here(kw));
  e->value = value;
  return e;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
Expr* Parser::primary() {
  const Token& start = peek();
  Expr* e = atom();
  int chain = 0;
  for (;;) {
    // PEG repetition: a trailer that fails to parse is not part of the primary.
    std::size_t before = pos_;
    Expr* extended = nullptr;
    bool ok = attempt([&] {
      if (at(TokenKind::Dot)) {
        next();
        const Token& name = expect(TokenKind::Name);
        auto* a = make<ast::Attribute>(span_to_here(start));
        a->value = e;
        a->attr = intern(text(name));
        extended = a;
      } else if (at(TokenKind::LPar)) {
        extended = call(e, start);
      } else if (at(TokenKind::LSqb)) {
        next();
        Expr* index = slices();
        expect(TokenKind::RSqb);
        auto* s = make<ast::Subscript>(span_to_here(start));
        s->value = e;
        s->slice = index;
        extended = s;
      }
    });
    if (!ok) pos_ = before;
    if (!extended) return e;
    e = extended;
    if (depth_ + ++chain > setup_.max_depth) too_deep();
  }
}

// '(' [arguments] ')' after `func` (or a class's bases when `func` is null). Also `func(genexp)`.
// arguments: args [','] &')' | invalid_arguments
Expr* Parser::call(Expr* func, const Token& start) {
  const Token& open = expect(TokenKind::LPar);
  std::size_t args_start = pos_;
  std::vector<Expr*> args;
  std::vector<ast::Keyword*> keywords;
  auto finish = [&](const Token& close) {
    auto* c = make<ast::Call>(span(start, close));
    c->func = func;
    c->args = seq(args);
    c->keywords = seq(keywords);
    return c;
  };
  auto problem = [&]() {
    if (diag_) diagnose_call_arguments(args_start);
    fail();
  };
  if (at(TokenKind::RPar)) return finish(next());

  enum { Positional, Keywords, KeywordsAfterDoubleStar } phase = Positional;
  for (;;) {
    if (diag_ && !without_invalid_) check_invalid_kwarg();
    if (at(TokenKind::Star)) {
      if (phase == KeywordsAfterDoubleStar) problem();
      args.push_back(starred_expression());
    } else if (at(TokenKind::DoubleStar)) {
      const Token& t = next();
      Expr* value = expression();
      auto* k = arena_->make<ast::Keyword>();
      k->loc = span_to_here(t);
      k->value = value;
      keywords.push_back(k);
      phase = KeywordsAfterDoubleStar;
    } else if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
      const Token& name = next();
      next();
      Expr* value = expression();
      auto* k = arena_->make<ast::Keyword>();
      k->loc = span_to_here(name);
      k->arg = intern(text(name));
      k->value = value;
      keywords.push_back(k);
      if (phase == Positional) phase = Keywords;
      if (at_for()) problem();
    } else {
      if (phase != Positional) {
        // Parse the argument first so the error location matches CPython's lookahead.
        if (starts_expression(peek())) expression();
        problem();
      }
      Expr* e = (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) ? assignment_expression() : expression();
      if (at(TokenKind::ColonEqual) || at(TokenKind::Equal)) problem();
      if (at_for()) {
        // `f(x for x in xs)`: a generator expression as the sole argument.
        if (!args.empty() || !keywords.empty()) problem();
        ast::Seq<ast::Comprehension*> generators = for_if_clauses();
        if (!at(TokenKind::RPar)) problem();
        const Token& close = next();
        auto* g = make<ast::GeneratorExp>(span(open, close));
        g->elt = e;
        g->generators = generators;
        args.push_back(g);
        return finish(close);
      }
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
    if (at(TokenKind::RPar)) break;
  }
  if (!at(TokenKind::RPar)) problem();
  return finish(next());
}

// invalid_kwarg, at the start of each argument in pass 2.
void Parser::check_invalid_kwarg() {
  std::size_t start = pos_;
  // a=('True'|'False'|'None') b='='
  TokenKind k = peek().kind;
  if ((k == TokenKind::KwTrue || k == TokenKind::KwFalse || k == TokenKind::KwNone) && peek(1).kind == TokenKind::Equal) {
    const Token& a = peek();
    const Token& b = peek(1);
    raise_range(token_loc(a), token_loc(b), "cannot assign to " + std::string(text(a)));
  }
  if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
    // a=NAME b='=' expression for_if_clauses
    attempt([&] {
      const Token& a = next();
      const Token& b = next();
      expression();
      if (!at_for()) return false;
      for_if_clauses();
      raise_range(token_loc(a), token_loc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
    pos_ = start;
    return;
  }
  // !(NAME '=') a=expression b='='
  attempt([&] {
    Expr* a = expression();
    if (!at(TokenKind::Equal)) return false;
    const Token& b = peek();
    raise_range(a->loc, token_loc(b), "expression cannot contain assignment, perhaps you meant \"==\"?");
  });
  pos_ = start;
}

// invalid_arguments, in CPython's order, on a loose re-scan of the arguments.
void Parser::diagnose_call_arguments(std::size_t args_start) {
  struct Item {
    enum Kind { Positional, Starred, DoubleStarred, Keyword } kind;
    const Token* first;
    Expr* value;
    const Token* name;
    const Token* equal;
    Expr* comprehension_end;  // last `if` or the `iter` of the last `for`, when a genexp follows
  };
  pos_ = args_start;
  std::vector<Item> items;
  bool comma_after_last = false;
  for (;;) {
    if (at(TokenKind::RPar)) break;
    Item item{};
    bool ok = attempt([&] {
      item.first = &peek();
      if (at(TokenKind::Star)) {
        item.kind = Item::Starred;
        next();
        item.value = expression();
      } else if (at(TokenKind::DoubleStar)) {
        item.kind = Item::DoubleStarred;
        next();
        item.value = expression();
      } else if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
        item.kind = Item::Keyword;
        item.name = &next();
        item.equal = &next();
        item.value = expression();
      } else {
        item.kind = Item::Positional;
        item.value =
            (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) ? assignment_expression() : expression();
      }
      if (at_for() && item.kind != Item::Starred && item.kind != Item::DoubleStarred) {
        ast::Seq<ast::Comprehension*> gens = for_if_clauses();
        const ast::Comprehension* last = gens.back();
        item.comprehension_end = last->ifs.empty() ? last->iter : last->ifs.back();
      }
    });
    if (!ok) break;
    items.push_back(item);
    comma_after_last = at(TokenKind::Comma);
    if (!accept(TokenKind::Comma)) break;
  }
  const std::size_t n = items.size();

  // The longest prefix CPython's `args` rule accepts, and whether it used `**`.
  std::size_t args_len = 0;
  bool args_has_double_star = false;
  {
    int phase = 0;  // 0: positional, 1: keywords or *, 2: keywords or **
    for (; args_len < n; args_len++) {
      const Item& it = items[args_len];
      if (it.kind == Item::Positional) {
        if (phase != 0) break;
      } else if (it.kind == Item::Starred) {
        if (phase == 2) break;
      } else if (it.kind == Item::DoubleStarred) {
        phase = 2;
        args_has_double_star = true;
      } else if (phase == 0) {
        phase = 1;
      }
      if (it.comprehension_end) {
        args_len++;
        break;
      }
    }
  }
  // a=args ',' '*'
  if (args_len > 0 && args_len < n && items[args_len].kind == Item::Starred && !items[args_len - 1].comprehension_end) {
    raise_at(token_loc(*items[args_len].first), "iterable argument unpacking follows keyword argument unpacking");
  }
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  if (n > 0 && items[0].kind == Item::Positional && items[0].comprehension_end && (n > 1 || comma_after_last)) {
    raise_range(items[0].value->loc, items[0].comprehension_end->loc, "Generator expression must be parenthesized");
  }
  // a=NAME b='=' expression for_if_clauses
  if (n > 0 && items[0].kind == Item::Keyword && items[0].comprehension_end) {
    raise_range(token_loc(*items[0].name), token_loc(*items[0].equal),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  // a=args b=for_if_clauses  /  args ',' a=expression b=for_if_clauses
  for (std::size_t i = 1; i < n; i++) {
    if (items[i].kind == Item::Positional && items[i].comprehension_end && i <= args_len) {
      raise_range(items[i].value->loc, items[i].comprehension_end->loc, "Generator expression must be parenthesized");
    }
  }
  // a=args ',' args
  if (args_len > 0 && args_len < n) {
    raise_last(args_has_double_star ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument");
  }
  pos_ = args_start;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  const Token& first = peek();
  Expr* e = at(TokenKind::Star) ? starred_expression() : slice();
  if (!at(TokenKind::Comma) && e->kind != ExprKind::Starred) return e;
  std::vector<Expr*> elts{e};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(at(TokenKind::Star) ? starred_expression() : slice());
  }
  auto* t = make<ast::Tuple>(span_to_here(first));
  t->elts = seq(elts);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  const Token& first = peek();
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) return named_expression();
    lower = expression();
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::ColonEqual)) fail();
      return lower;
    }
  }
  next();  // ':'
  Expr* upper = nullptr;
  Expr* step = nullptr;
  if (starts_expression(peek())) upper = expression();
  if (accept(TokenKind::Colon)) {
    if (starts_expression(peek())) step = expression();
  }
  auto* s = make<ast::Slice>(span_to_here(first));
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

Expr* Parser::atom() {
  return memoized(Rule::Atom, [&]() -> Expr* {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Name: {
        next();
        auto* n = make<ast::Name>(token_loc(t));
        n->id = intern(text(t));
        return n;
      }
      case TokenKind::KwTrue:
      case TokenKind::KwFalse:
      case TokenKind::KwNone:
      case TokenKind::Ellipsis: {
        next();
        auto* c = make<ast::Constant>(token_loc(t));
        c->value_kind = t.kind == TokenKind::KwTrue    ? ast::ConstantKind::True
                        : t.kind == TokenKind::KwFalse ? ast::ConstantKind::False
                        : t.kind == TokenKind::KwNone  ? ast::ConstantKind::None
                                                       : ast::ConstantKind::Ellipsis;
        return c;
      }
      case TokenKind::Number: return number_atom();
      case TokenKind::String: return strings();
      case TokenKind::LPar: return paren_atom();
      case TokenKind::LSqb: return list_atom();
      case TokenKind::LBrace: return brace_atom();
      default: fail();
    }
  });
}

Expr* Parser::number_atom() {
  const Token& t = next();
  literals::Number number;
  std::string message;
  if (!literals::parse_number(text(t), number, message)) {
    // CPython reports the digit limit without columns (no wall of carets).
    raise_error(ErrorKind::SyntaxError, message, t.line, 0, t.end_line, 0);
  }
  auto* c = make<ast::Constant>(token_loc(t));
  switch (number.kind) {
    case literals::NumberKind::Int:
      c->value_kind = ast::ConstantKind::Int;
      c->text = intern(number.digits);
      c->int_base = static_cast<std::uint8_t>(number.base);
      c->int_fits_int64 = number.fits_int64;
      c->int_value = number.int_value;
      break;
    case literals::NumberKind::Float:
      c->value_kind = ast::ConstantKind::Float;
      c->float_value = number.float_value;
      break;
    case literals::NumberKind::Complex:
      c->value_kind = ast::ConstantKind::Complex;
      c->float_value = number.float_value;
      break;
  }
  return c;
}

// &'(' (tuple | group | genexp), with invalid_group and invalid_comprehension in pass 2.
Expr* Parser::paren_atom() {
  const Token& open = next();
  if (at(TokenKind::RPar)) {
    const Token& close = next();
    auto* t = make<ast::Tuple>(span(open, close));
    return t;
  }
  if (at(TokenKind::KwYield)) {  // group: '(' yield_expr ')'
    Expr* e = yield_expr();
    expect(TokenKind::RPar);
    return e;
  }
  if (diag_ && at(TokenKind::DoubleStar)) {  // '(' a='**' expression ')'
    attempt([&] {
      const Token& a = next();
      expression();
      expect(TokenKind::RPar);
      raise_at(token_loc(a), "cannot use double starred expression here");
    });
  }
  Expr* first = star_named_expression();
  if (at_for()) {  // genexp
    if (first->kind == ExprKind::Starred) {
      if (diag_) {
        attempt([&] {
          for_if_clauses();
          raise_at(first->loc, "iterable unpacking cannot be used in comprehension");
        });
      }
      fail();
    }
    ast::Seq<ast::Comprehension*> generators = for_if_clauses();
    const Token& close = expect(TokenKind::RPar);
    auto* g = make<ast::GeneratorExp>(span(open, close));
    g->elt = first;
    g->generators = generators;
    return g;
  }
  if (at(TokenKind::Comma)) {  // tuple
    std::vector<Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      elts.push_back(star_named_expression());
    }
    const Token& close = expect(TokenKind::RPar);
    auto* t = make<ast::Tuple>(span(open, close));
    t->elts = seq(elts);
    return t;
  }
  if (!at(TokenKind::RPar)) fail();
  if (first->kind == ExprKind::Starred) {  // invalid_group: '(' a=starred_expression ')'
    if (diag_) raise_at(first->loc, "cannot use starred expression here");
    fail();
  }
  next();
  return first;
}

// &'[' (list | listcomp), with invalid_comprehension in pass 2.
Expr* Parser::list_atom() {
  const Token& open = next();
  std::vector<Expr*> elts;
  if (!at(TokenKind::RSqb)) {
    Expr* first = star_named_expression();
    if (at_for()) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) {
          attempt([&] {
            for_if_clauses();
            raise_at(first->loc, "iterable unpacking cannot be used in comprehension");
          });
        }
        fail();
      }
      ast::Seq<ast::Comprehension*> generators = for_if_clauses();
      const Token& close = expect(TokenKind::RSqb);
      auto* c = make<ast::ListComp>(span(open, close));
      c->elt = first;
      c->generators = generators;
      return c;
    }
    elts.push_back(first);
    const Token* last_comma = nullptr;
    while (at(TokenKind::Comma)) {
      last_comma = &next();
      if (at(TokenKind::RSqb) || !(starts_expression(peek()) || at(TokenKind::Star))) break;
      elts.push_back(star_named_expression());
      last_comma = nullptr;
    }
    if (diag_ && at_for()) {  // did you forget parentheses around the comprehension target?
      attempt([&] {
        for_if_clauses();
        if (elts.size() > 1) {
          raise_range(elts.front()->loc, elts.back()->loc, "did you forget parentheses around the comprehension target?");
        }
        if (last_comma) {
          raise_range(elts.front()->loc, token_loc(*last_comma),
                      "did you forget parentheses around the comprehension target?");
        }
      });
    }
  }
  const Token& close = expect(TokenKind::RSqb);
  auto* l = make<ast::List>(span(open, close));
  l->elts = seq(elts);
  return l;
}

// &'{' (dict | set | dictcomp | setcomp)
Expr* Parser::brace_atom() {
  const Token& open = next();
  std::size_t after_brace = pos_;
  if (at(TokenKind::RBrace)) {
    const Token& close = next();
    return make<ast::Dict>(span(open, close));
  }
  bool is_dict = false;
  Expr* first_key = nullptr;
  Expr* first_value = nullptr;
  if (at(TokenKind::DoubleStar)) {
    is_dict = true;
  } else if (!at(TokenKind::Star) && !(at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual)) {
    first_key = expression();
    is_dict = at(TokenKind::Colon);
  }

  if (is_dict) {
    std::vector<Expr*> keys, values;
    bool ok = attempt([&] {
      if (first_key) {
        next();  // ':'
        first_value = expression();
        if (at_for()) return;  // dictcomp
        keys.push_back(first_key);
        values.push_back(first_value);
        if (!accept(TokenKind::Comma)) return;
      }
      while (!at(TokenKind::RBrace)) {
        if (at(TokenKind::DoubleStar)) {
          next();
          keys.push_back(nullptr);
          values.push_back(bitwise_or());
        } else {
          keys.push_back(expression());
          expect(TokenKind::Colon);
          values.push_back(expression());
        }
        if (!accept(TokenKind::Comma)) break;
      }
    });
    if (ok && first_key && at_for() && keys.empty()) {
      ast::Seq<ast::Comprehension*> generators = for_if_clauses();
      const Token& close = expect(TokenKind::RBrace);
      auto* c = make<ast::DictComp>(span(open, close));
      c->key = first_key;
      c->value = first_value;
      c->generators = generators;
      return c;
    }
    if (ok && at(TokenKind::RBrace)) {
      const Token& close = next();
      auto* d = make<ast::Dict>(span(open, close));
      d->keys = seq(keys);
      d->values = seq(values);
      return d;
    }
    if (diag_) {
      // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
      pos_ = after_brace;
      if (at(TokenKind::DoubleStar)) {
        attempt([&] {
          const Token& a = next();
          bitwise_or();
          for_if_clauses();
          expect(TokenKind::RBrace);
          raise_at(token_loc(a), "dict unpacking cannot be used in dict comprehension");
        });
      }
      diagnose_dict(after_brace);
    }
    fail();
  }

  // set / setcomp
  Expr* first = nullptr;
  if (first_key) {
    if (at(TokenKind::ColonEqual)) fail();
    first = first_key;
  } else {
    first = star_named_expression();
  }
  if (at_for()) {
    if (first->kind == ExprKind::Starred) {
      if (diag_) {
        attempt([&] {
          for_if_clauses();
          raise_at(first->loc, "iterable unpacking cannot be used in comprehension");
        });
      }
      fail();
    }
    ast::Seq<ast::Comprehension*> generators = for_if_clauses();
    const Token& close = expect(TokenKind::RBrace);
    auto* c = make<ast::SetComp>(span(open, close));
    c->elt = first;
    c->generators = generators;
    return c;
  }
  std::vector<Expr*> elts{first};
  const Token* last_comma = nullptr;
  while (at(TokenKind::Comma)) {
    last_comma = &next();
    if (at(TokenKind::RBrace) || !(starts_expression(peek()) || at(TokenKind::Star))) break;
    elts.push_back(star_named_expression());
    last_comma = nullptr;
  }
  if (diag_ && at_for()) {
    attempt([&] {
      for_if_clauses();
      if (elts.size() > 1) {
        raise_range(elts.front()->loc, elts.back()->loc, "did you forget parentheses around the comprehension target?");
      }
      if (last_comma) {
        raise_range(elts.front()->loc, token_loc(*last_comma), "did you forget parentheses around the comprehension target?");
      }
    });
  }
  const Token& close = expect(TokenKind::RBrace);
  auto* s = make<ast::Set>(span(open, close));
  s->elts = seq(elts);
  return s;
}

// invalid_double_starred_kvpairs / invalid_kvpair
void Parser::diagnose_dict(std::size_t after_brace) {
  auto kvpair = [&] {
    if (accept(TokenKind::DoubleStar)) {
      bitwise_or();
      return;
    }
    expression();
    expect(TokenKind::Colon);
    expression();
  };
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  pos_ = after_brace;
  attempt([&] {
    kvpair();
    for (;;) {
      std::size_t before_comma = pos_;
      if (!at(TokenKind::Comma)) break;
      next();
      if (!attempt(kvpair)) {
        pos_ = before_comma;
        break;
      }
    }
    expect(TokenKind::Comma);
    std::size_t kv_start = pos_;
    // a=expression !(':')
    attempt([&] {
      Expr* a = expression();
      if (at(TokenKind::Colon)) fail();
      raise_error(ErrorKind::SyntaxError, "':' expected after dictionary key", a->loc.line, a->loc.end_col,
                  a->loc.end_line, 0);
    });
    pos_ = kv_start;
    // expression ':' a='*' bitwise_or
    attempt([&] {
      expression();
      expect(TokenKind::Colon);
      const Token& a = expect(TokenKind::Star);
      bitwise_or();
      raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
    });
    pos_ = kv_start;
    // expression a=':' &('}'|',')
    attempt([&] {
      expression();
      const Token& a = expect(TokenKind::Colon);
      if (!at(TokenKind::RBrace) && !at(TokenKind::Comma)) fail();
      raise_at(token_loc(a), "expression expected after dictionary key and ':'");
    });
    fail();
  });
  // expression ':' a='*' bitwise_or
  pos_ = after_brace;
  attempt([&] {
    expression();
    expect(TokenKind::Colon);
    const Token& a = expect(TokenKind::Star);
    bitwise_or();
    raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
  });
  // expression ':' &('}'|',')
  pos_ = after_brace;
  attempt([&] {
    expression();
    const Token& colon = expect(TokenKind::Colon);
    if (!at(TokenKind::RBrace) && !at(TokenKind::Comma)) fail();
    raise_at(token_loc(colon), "expression expected after dictionary key and ':'");
  });
  pos_ = after_brace;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  const Token& kw = expect(TokenKind::KwYield);
  if (accept(TokenKind::KwFrom)) {
    Expr* value = expression();
    auto* e = make<ast::YieldFrom>(span_to_here(kw));
    e->value = value;
    return e;
  }
  Expr* value = nullptr;
  if (starts_expression(peek()) || at(TokenKind::Star)) value = star_expressions();
  auto* e = make<ast::Yield>(span_to_here(kw));
  e->value = value;
  return e;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotated_rhs() { return at(TokenKind::KwYield) ? yield_expr() : star_expressions(); }

// for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ | invalid_for_target
ast::Seq<ast::Comprehension*> Parser::for_if_clauses() {
  std::vector<ast::Comprehension*> generators;
  do {
    bool is_async = accept(TokenKind::KwAsync);
    expect(TokenKind::KwFor);
    std::size_t target_start = pos_;
    Expr* target = nullptr;
    bool ok = attempt([&] {
      target = star_targets();
      if (!is_valid_target(target, TargetKind::For)) fail();
      if (!at(TokenKind::KwIn)) fail();
    });
    if (!ok) {
      if (diag_) {  // invalid_for_target
        pos_ = target_start;
        attempt([&] {
          Expr* a = star_expressions();
          if (invalid_target(a, TargetKind::For)) raise_invalid_target(a, TargetKind::For);
        });
      }
      fail();
    }
    next();  // 'in'
    Expr* iter = disjunction();
    std::vector<Expr*> ifs;
    while (accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    set_context(target, ast::ExprContext::Store);
    auto* c = arena_->make<ast::Comprehension>();
    c->target = target;
    c->iter = iter;
    c->ifs = seq(ifs);
    c->is_async = is_async;
    generators.push_back(c);
  } while (at_for());
  return seq(generators);
}

// star_targets: star_target (',' star_target)* [','], parsed as expressions and checked by the
// caller with is_valid_target.
Expr* Parser::star_targets() {
  const Token& first = peek();
  Expr* e = star_target();
  if (!at(TokenKind::Comma)) return e;
  std::vector<Expr*> elts{e};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(peek()) && !at(TokenKind::Star)) break;
    elts.push_back(star_target());
  }
  auto* t = make<ast::Tuple>(span_to_here(first));
  t->elts = seq(elts);
  return t;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::star_target() {
  if (at(TokenKind::Star)) {
    const Token& star = next();
    if (at(TokenKind::Star)) fail();
    DepthGuard guard(*this);
    Expr* value = star_target();
    auto* s = make<ast::Starred>(span_to_here(star));
    s->value = value;
    return s;
  }
  return bitwise_or();
}

}  // namespace py::detail
