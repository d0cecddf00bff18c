// Parameter lists of `def` and `lambda` (CPython's params / lambda_params rules) and their
// pass-2 diagnostics (invalid_parameters, invalid_star_etc, invalid_kwds, invalid_default).
#include "python/parser_internal.hpp"

namespace py::detail {

using ast::Arg;
using ast::Expr;

ast::Arguments* Parser::empty_arguments() { return arena_->make<ast::Arguments>(); }

// param: NAME annotation?   (lambda_param: NAME)
// `star_annotation`: `*args: *Ts` (PEP 646) allows a starred annotation.
Arg* Parser::parameter(bool is_lambda, bool star_annotation) {
  const Token& name = expect(TokenKind::Name);
  Expr* annotation = nullptr;
  if (!is_lambda && accept(TokenKind::Colon)) annotation = star_annotation ? star_expression() : expression();
  auto* arg = arena_->make<Arg>();
  arg->loc = span_to_here(name);
  arg->name = intern(text(name));
  arg->annotation = annotation;
  return arg;
}

ast::Arguments* Parser::parameters(bool is_lambda) {
  const TokenKind close = is_lambda ? TokenKind::Colon : TokenKind::RPar;
  std::size_t start = pos_;
  if (diag_) diagnose_parameters(start, is_lambda);

  std::vector<Arg*> posonly, args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool star_seen = false;
  bool slash_seen = false;
  while (!at(close)) {
    if (at(TokenKind::Slash)) {
      if (slash_seen || star_seen || args.empty()) fail();
      next();
      posonly.swap(args);
      slash_seen = true;
    } else if (at(TokenKind::Star)) {
      if (star_seen) fail();
      next();
      star_seen = true;
      if (at(TokenKind::Name)) {
        vararg = parameter(is_lambda, true);
        if (at(TokenKind::Equal)) fail();
      } else if (!at(TokenKind::Comma)) {
        fail();
      }
    } else if (at(TokenKind::DoubleStar)) {
      next();
      kwarg = parameter(is_lambda, false);
      if (at(TokenKind::Equal)) fail();
      accept(TokenKind::Comma);
      break;
    } else if (at(TokenKind::Name)) {
      Arg* arg = parameter(is_lambda, false);
      Expr* value = nullptr;
      if (accept(TokenKind::Equal)) value = expression();
      if (!at(TokenKind::Comma) && !at(close)) fail();
      if (star_seen) {
        kwonly.push_back(arg);
        kw_defaults.push_back(value);
      } else {
        if (value) {
          defaults.push_back(value);
        } else if (!defaults.empty()) {
          fail();  // non-default argument follows default argument
        }
        args.push_back(arg);
      }
    } else {
      fail();
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(close)) fail();
  if (star_seen && !vararg && kwonly.empty()) fail();  // named arguments must follow bare *
  auto* a = empty_arguments();
  a->posonlyargs = seq(posonly);
  a->args = seq(args);
  a->vararg = vararg;
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->kwarg = kwarg;
  a->defaults = seq(defaults);
  return a;
}

namespace {

struct ParamItem {
  enum Kind { Param, Slash, Star, DoubleStar, Paren } kind;
  const Token* token = nullptr;  // the NAME, '/', '*', '**' or '('
  ast::Location param_loc;       // Param, or the parameter after '*' / '**'
  bool has_param = false;        // Star / DoubleStar followed by a name
  bool has_default = false;
  const Token* equal = nullptr;  // '=' after the parameter, if any
  bool empty_default = false;    // '=' directly followed by ',' or the closing token
  const Token* close = nullptr;  // Paren: its ')'
  bool comma_after = false;
};

}  // namespace

// The invalid_* parameter rules, checked on a loose scan of the parameter list.
void Parser::diagnose_parameters(std::size_t start, bool is_lambda) {
  const TokenKind close = is_lambda ? TokenKind::Colon : TokenKind::RPar;
  pos_ = start;
  std::vector<ParamItem> items;
  for (;;) {
    if (at(close)) break;
    ParamItem item{};
    bool ok = attempt([&] {
      const Token& t = peek();
      item.token = &t;
      if (t.kind == TokenKind::Slash) {
        item.kind = ParamItem::Slash;
        next();
      } else if (t.kind == TokenKind::Star || t.kind == TokenKind::DoubleStar) {
        item.kind = t.kind == TokenKind::Star ? ParamItem::Star : ParamItem::DoubleStar;
        next();
        if (at(TokenKind::Name)) {
          item.has_param = true;
          item.param_loc = parameter(is_lambda, item.kind == ParamItem::Star)->loc;
          if (at(TokenKind::Equal)) item.equal = &peek();
        }
      } else if (t.kind == TokenKind::LPar) {
        item.kind = ParamItem::Paren;
        next();
        do {
          parameter(is_lambda, false);
        } while (accept(TokenKind::Comma) && !at(TokenKind::RPar));
        item.close = &expect(TokenKind::RPar);
      } else if (t.kind == TokenKind::Name) {
        item.kind = ParamItem::Param;
        item.param_loc = parameter(is_lambda, false)->loc;
        if (at(TokenKind::Equal)) {
          item.equal = &next();
          if (at(TokenKind::Comma) || at(close)) {
            item.empty_default = true;
          } else {
            expression();
            item.has_default = true;
          }
        }
      } else {
        fail();
      }
    });
    if (!ok) break;
    items.push_back(item);
    if (item.kind == ParamItem::Star && item.equal) break;  // scanning stops at the bad '='
    if (item.kind == ParamItem::DoubleStar && item.equal) break;
    if (!at(TokenKind::Comma)) break;
    items.back().comma_after = true;
    next();
  }
  pos_ = start;
  const std::size_t n = items.size();
  auto is_plain = [&](std::size_t i) { return i < n && items[i].kind == ParamItem::Param && !items[i].empty_default; };
  auto is_no_default = [&](std::size_t i) { return is_plain(i) && !items[i].has_default; };
  auto is_with_default = [&](std::size_t i) { return is_plain(i) && items[i].has_default; };
  // The end of a `slash_no_default | slash_with_default` prefix starting at 0, or 0.
  auto slash_prefix = [&]() -> std::size_t {
    std::size_t i = 0;
    while (is_plain(i)) i++;
    if (i > 0 && i < n && items[i].kind == ParamItem::Slash) return i + 1;
    return 0;
  };

  // param_no_default* invalid_parameters_helper a=param_no_default
  {
    std::size_t i = 0;
    while (is_no_default(i)) i++;
    std::size_t defaults_begin = i;
    while (is_with_default(i)) i++;
    if (i > defaults_begin) {
      if (i < n && items[i].kind == ParamItem::Slash) i++;
      if (is_no_default(i)) raise_at(items[i].param_loc, "non-default argument follows default argument");
    }
  }
  // param_no_default* a='(' param_no_default+ ','? b=')'
  {
    std::size_t i = 0;
    while (is_no_default(i)) i++;
    if (i < n && items[i].kind == ParamItem::Paren) {
      raise_range(token_loc(*items[i].token), token_loc(*items[i].close),
                  is_lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
    }
  }
  // a="/" ','
  if (n > 0 && items[0].kind == ParamItem::Slash && items[0].comma_after) {
    raise_at(token_loc(*items[0].token), "at least one argument must precede /");
  }
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (std::size_t i = slash_prefix(); i > 0) {
    while (is_plain(i)) i++;
    if (i < n && items[i].kind == ParamItem::Slash) raise_at(token_loc(*items[i].token), "/ may appear only once");
  }
  // (slash_...)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
  {
    std::size_t i = slash_prefix();
    while (is_plain(i)) i++;
    if (i < n && items[i].kind == ParamItem::Star && (!items[i].has_param || !items[i].equal)) {
      i++;
      while (is_plain(i)) i++;
      if (i < n && items[i].kind == ParamItem::Slash) raise_at(token_loc(*items[i].token), "/ must be ahead of *");
    }
  }
  // Left to right: invalid_star_etc, invalid_kwds, invalid_default.
  bool seen_star = false;
  for (std::size_t i = 0; i < n; i++) {
    const ParamItem& item = items[i];
    if (item.kind == ParamItem::Param && item.empty_default && !is_lambda) {
      raise_at(token_loc(*item.equal), "expected default value expression");
    }
    if (item.kind == ParamItem::Star) {
      if (seen_star) raise_at(token_loc(*item.token), "* argument may appear only once");
      seen_star = true;
      if (!item.has_param) {
        // '*' (')' | ',' (')' | '**'))
        bool bare_end = !item.comma_after && (i + 1 == n);
        bool followed_by_close_or_kwargs =
            item.comma_after && (i + 1 == n ? true : items[i + 1].kind == ParamItem::DoubleStar);
        if (bare_end || followed_by_close_or_kwargs) {
          if (is_lambda) {
            pos_ = start;
            raise_last("named arguments must follow bare *");
          }
          raise_at(token_loc(*item.token), "named arguments must follow bare *");
        }
      } else if (item.equal) {
        raise_at(token_loc(*item.equal), "var-positional argument cannot have default value");
      }
    }
    if (item.kind == ParamItem::DoubleStar && item.has_param) {
      if (item.equal) raise_at(token_loc(*item.equal), "var-keyword argument cannot have default value");
      if (item.comma_after && i + 1 < n) {
        const ParamItem& after = items[i + 1];
        ast::Location where = after.kind == ParamItem::Param ? after.param_loc : token_loc(*after.token);
        if (after.kind != ParamItem::Paren) raise_at(where, "arguments cannot follow var-keyword argument");
      }
    }
  }
  pos_ = start;
}

}  // namespace py::detail
