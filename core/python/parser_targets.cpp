// Assignment targets: which expressions may be assigned to or deleted, and how CPython names the
// ones that may not ("cannot assign to function call").
#include "python/parser_internal.hpp"

namespace py::detail {

using ast::Expr;
using ast::ExprKind;

// _PyPegen_get_expr_name
const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<ast::Constant>()->value_kind) {
        case ast::ConstantKind::None: return "None";
        case ast::ConstantKind::False: return "False";
        case ast::ConstantKind::True: return "True";
        case ast::ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null.
const Expr* Parser::invalid_target(const Expr* e, TargetKind kind) {
  if (e == nullptr) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (const Expr* elt : e->as<ast::List>()->elts) {
        if (const Expr* bad = invalid_target(elt, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (const Expr* elt : e->as<ast::Tuple>()->elts) {
        if (const Expr* bad = invalid_target(elt, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(e->as<ast::Starred>()->value, kind);
    case ExprKind::Compare:
      // `for a in b` parses `a in b` as a comparison; its left side holds the real target.
      if (kind == TargetKind::For) {
        const auto* cmp = e->as<ast::Compare>();
        if (cmp->ops[0] == ast::CmpOpKind::In) return invalid_target(cmp->left, kind);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

// What CPython's star_targets / del_targets accept (starred nesting is left to the compiler, as
// in CPython: `*a = 1` parses and fails to compile).
bool Parser::is_valid_target(const Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return true;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return false;
      return e->as<ast::Starred>()->value->kind != ExprKind::Starred &&
             is_valid_target(e->as<ast::Starred>()->value, kind);
    case ExprKind::List:
      for (const Expr* elt : e->as<ast::List>()->elts) {
        if (!is_valid_target(elt, kind)) return false;
      }
      return true;
    case ExprKind::Tuple:
      for (const Expr* elt : e->as<ast::Tuple>()->elts) {
        if (!is_valid_target(elt, kind)) return false;
      }
      return true;
    default:
      return false;
  }
}

// single_target: the targets of annotations and augmented assignment.
bool Parser::is_single_target(const Expr* e) {
  return e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript;
}

void Parser::set_context(Expr* e, ast::ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: e->as<ast::Name>()->ctx = ctx; break;
    case ExprKind::Attribute: e->as<ast::Attribute>()->ctx = ctx; break;
    case ExprKind::Subscript: e->as<ast::Subscript>()->ctx = ctx; break;
    case ExprKind::Starred:
      e->as<ast::Starred>()->ctx = ctx;
      set_context(e->as<ast::Starred>()->value, ctx);
      break;
    case ExprKind::List:
      e->as<ast::List>()->ctx = ctx;
      for (Expr* elt : e->as<ast::List>()->elts) set_context(elt, ctx);
      break;
    case ExprKind::Tuple:
      e->as<ast::Tuple>()->ctx = ctx;
      for (Expr* elt : e->as<ast::Tuple>()->elts) set_context(elt, ctx);
      break;
    default:
      break;
  }
}

// RAISE_SYNTAX_ERROR_INVALID_TARGET
void Parser::raise_invalid_target(const Expr* e, TargetKind kind) {
  const Expr* bad = invalid_target(e, kind);
  const char* verb = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
  raise_at(bad->loc, std::string(verb) + expr_name(bad));
}

}  // namespace py::detail
