// Expressions, and the assignment targets that share their node types (names, attributes,
// subscripts, tuples and lists in Store or Del context).
#include "python/compiler_internal.hpp"

#include "python/runtime.hpp"
#include "python/tuple_object.hpp"

namespace py::compiler {

using namespace ast;

namespace {

// Past this many items CPython builds collections and calls incrementally, so that the value
// stack stays small.
constexpr std::size_t kStackUseGuardrail = 30;

NameCtx name_ctx(ExprContext ctx) {
  switch (ctx) {
    case ExprContext::Load: return NameCtx::Load;
    case ExprContext::Store: return NameCtx::Store;
    case ExprContext::Del: return NameCtx::Del;
  }
  return NameCtx::Load;
}

Opcode unary_opcode(UnaryOpKind k) {
  switch (k) {
    case UnaryOpKind::Invert: return Opcode::UNARY_INVERT;
    case UnaryOpKind::Not: return Opcode::UNARY_NOT;
    case UnaryOpKind::UAdd: return Opcode::UNARY_POSITIVE;
    case UnaryOpKind::USub: return Opcode::UNARY_NEGATIVE;
  }
  return Opcode::UNARY_NOT;
}

bool is_constant(const Expr* e) { return e && e->kind == ExprKind::Constant; }

}  // namespace

void Compiler::visit_expr(const Expr* e) {
  Loc saved = u().loc;
  set_loc(e->loc);
  visit_expr_here(e);
  u().loc = saved;
}

void Compiler::visit_expr_here(const Expr* e) {
  switch (e->kind) {
    case ExprKind::NamedExpr:
      return visit_named_expr(e->as<NamedExpr>());
    case ExprKind::BoolOp:
      return visit_bool_op(e->as<BoolOp>());
    case ExprKind::BinOp:
      visit_expr(e->as<BinOp>()->left);
      visit_expr(e->as<BinOp>()->right);
      return emit(Opcode::BINARY_OP, binary_op_arg(e->as<BinOp>()->op, false));
    case ExprKind::UnaryOp:
      if (load_negative_number(e->as<ast::UnaryOp>())) return;
      visit_expr(e->as<ast::UnaryOp>()->operand);
      return emit(unary_opcode(e->as<ast::UnaryOp>()->op));
    case ExprKind::Lambda:
      return visit_lambda(e->as<Lambda>());
    case ExprKind::IfExp:
      return visit_if_exp(e->as<IfExp>());
    case ExprKind::Dict:
      return visit_dict(e->as<Dict>());
    case ExprKind::Set:
      return starunpack(e->as<Set>()->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false);
    case ExprKind::GeneratorExp:
      return visit_comprehension(e, "<genexpr>", ComprehensionKind::Generator, e->as<GeneratorExp>()->generators,
                                 e->as<GeneratorExp>()->elt, nullptr);
    case ExprKind::ListComp:
      return visit_comprehension(e, "<listcomp>", ComprehensionKind::List, e->as<ListComp>()->generators,
                                 e->as<ListComp>()->elt, nullptr);
    case ExprKind::SetComp:
      return visit_comprehension(e, "<setcomp>", ComprehensionKind::Set, e->as<SetComp>()->generators,
                                 e->as<SetComp>()->elt, nullptr);
    case ExprKind::DictComp:
      return visit_comprehension(e, "<dictcomp>", ComprehensionKind::Dict, e->as<DictComp>()->generators,
                                 e->as<DictComp>()->key, e->as<DictComp>()->value);
    case ExprKind::Yield:
      return visit_yield(e->as<Yield>());
    case ExprKind::YieldFrom:
      return visit_yield_from(e->as<YieldFrom>());
    case ExprKind::Await:
      return visit_await(e->as<Await>());
    case ExprKind::Compare:
      return visit_compare(e->as<Compare>());
    case ExprKind::Call:
      return visit_call(e->as<Call>());
    case ExprKind::FormattedValue:
      return visit_formatted_value(e->as<FormattedValue>());
    case ExprKind::JoinedStr:
      return visit_joined_str(e->as<JoinedStr>());
    case ExprKind::Constant:
      return load_constant(e->as<Constant>());
    case ExprKind::Attribute:
      return visit_attribute(e->as<Attribute>());
    case ExprKind::Subscript:
      return visit_subscript(e->as<Subscript>());
    case ExprKind::Starred:
      if (e->as<Starred>()->ctx == ExprContext::Store) error("starred assignment target must be in a list or tuple");
      error("can't use starred expression here");
    case ExprKind::Name:
      return nameop(e->as<Name>()->id, name_ctx(e->as<Name>()->ctx));
    case ExprKind::List: {
      const auto* l = e->as<List>();
      if (l->ctx == ExprContext::Store) return assign_sequence(l->elts);
      if (l->ctx == ExprContext::Del) {
        for (const Expr* elt : l->elts) visit_expr(elt);
        return;
      }
      return starunpack(l->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
    }
    case ExprKind::Tuple: {
      const auto* t = e->as<Tuple>();
      if (t->ctx == ExprContext::Store) return assign_sequence(t->elts);
      if (t->ctx == ExprContext::Del) {
        for (const Expr* elt : t->elts) visit_expr(elt);
        return;
      }
      return starunpack(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
    }
    case ExprKind::Slice:
      return visit_slice(e->as<Slice>());
  }
}

// ---- conditions ----

// Jumps to `target` when `e` is `cond`, without materialising booleans for not/and/or, chained
// comparisons and conditional expressions (CPython's compiler_jump_if).
void Compiler::jump_if(const Expr* e, int target, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (e->as<ast::UnaryOp>()->op == UnaryOpKind::Not) return jump_if(e->as<ast::UnaryOp>()->operand, target, !cond);
      break;
    case ExprKind::BoolOp: {
      const auto* b = e->as<BoolOp>();
      bool cond2 = b->op == BoolOpKind::Or;
      int next2 = cond2 != cond ? new_block() : target;
      for (std::size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], next2, cond2);
      jump_if(b->values.back(), target, cond);
      if (next2 != target) use_block(next2);
      return;
    }
    case ExprKind::IfExp: {
      const auto* x = e->as<IfExp>();
      int end = new_block();
      int next2 = new_block();
      jump_if(x->test, next2, false);
      jump_if(x->body, target, cond);
      emit_jump_noline(Opcode::JUMP, end);
      use_block(next2);
      jump_if(x->orelse, target, cond);
      use_block(end);
      return;
    }
    case ExprKind::Compare: {
      // CPython 3.11 locates a tested comparison's jumps (and what follows them) at the comparison.
      set_loc(e->loc);
      const auto* c = e->as<Compare>();
      if (c->ops.size() < 2) break;
      int cleanup = new_block();
      visit_expr(c->left);
      for (std::size_t i = 0; i + 1 < c->ops.size(); i++) {
        visit_expr(c->comparators[i]);
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        emit_compare(c->ops[i]);
        emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
      }
      visit_expr(c->comparators.back());
      emit_compare(c->ops.back());
      emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
      int end = new_block();
      emit_jump_noline(Opcode::JUMP, end);
      use_block(cleanup);
      emit(Opcode::POP_TOP);
      if (!cond) emit_jump_noline(Opcode::JUMP, target);
      use_block(end);
      return;
    }
    default:
      break;
  }
  visit_expr(e);
  emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
}

void Compiler::visit_bool_op(const BoolOp* e) {
  Opcode jump = e->op == BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  int end = new_block();
  for (std::size_t i = 0; i + 1 < e->values.size(); i++) {
    visit_expr(e->values[i]);
    emit_jump(jump, end);
    use_block(new_block());
  }
  visit_expr(e->values.back());
  use_block(end);
}

void Compiler::emit_compare(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Eq));
    case CmpOpKind::NotEq: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Ne));
    case CmpOpKind::Lt: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Lt));
    case CmpOpKind::LtE: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Le));
    case CmpOpKind::Gt: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Gt));
    case CmpOpKind::GtE: return emit(Opcode::COMPARE_OP, static_cast<std::uint32_t>(CompareOp::Ge));
    case CmpOpKind::Is: return emit(Opcode::IS_OP, 0);
    case CmpOpKind::IsNot: return emit(Opcode::IS_OP, 1);
    case CmpOpKind::In: return emit(Opcode::CONTAINS_OP, 0);
    case CmpOpKind::NotIn: return emit(Opcode::CONTAINS_OP, 1);
  }
}

// `a < b < c`: b is evaluated once; the chain stops at the first false comparison.
void Compiler::visit_compare(const Compare* e) {
  visit_expr(e->left);
  if (e->ops.size() == 1) {
    visit_expr(e->comparators[0]);
    emit_compare(e->ops[0]);
    return;
  }
  int cleanup = new_block();
  for (std::size_t i = 0; i + 1 < e->ops.size(); i++) {
    visit_expr(e->comparators[i]);
    emit(Opcode::SWAP, 2);
    emit(Opcode::COPY, 2);
    emit_compare(e->ops[i]);
    emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e->comparators.back());
  emit_compare(e->ops.back());
  int end = new_block();
  emit_jump_noline(Opcode::JUMP, end);
  use_block(cleanup);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  use_block(end);
}

void Compiler::visit_if_exp(const IfExp* e) {
  int end = new_block();
  int next = new_block();
  jump_if(e->test, next, false);
  visit_expr(e->body);
  emit_jump_noline(Opcode::JUMP, end);
  use_block(next);
  visit_expr(e->orelse);
  use_block(end);
}

void Compiler::visit_named_expr(const NamedExpr* e) {
  visit_expr(e->value);
  emit(Opcode::COPY, 1);
  visit_expr(e->target);
}

// ---- displays ----

// Builds a list, tuple or set from items some of which may be `*starred` (CPython's
// starunpack_helper). `pushed` items are already on the stack and belong at the front.
void Compiler::starunpack(const Seq<Expr*>& elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple) {
  std::size_t n = elts.size();
  bool big = n + pushed > kStackUseGuardrail;
  bool seen_star = false;
  for (const Expr* e : elts) seen_star |= e->kind == ExprKind::Starred;
  if (!seen_star && !big) {
    for (const Expr* e : elts) visit_expr(e);
    emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<std::uint32_t>(n + pushed));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (std::size_t i = 0; i < n; i++) {
    const Expr* e = elts[i];
    if (const auto* star = e->try_as<Starred>()) {
      if (!built) {
        emit(build, static_cast<std::uint32_t>(i + pushed));
        built = true;
      }
      visit_expr(star->value);
      emit(extend, 1);
    } else {
      visit_expr(e);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Opcode::LIST_TO_TUPLE);
}

// `a, *b, c = x`: unpack, then store each target in order.
void Compiler::assign_sequence(const Seq<Expr*>& elts) {
  std::size_t n = elts.size();
  bool seen_star = false;
  for (std::size_t i = 0; i < n; i++) {
    if (elts[i]->kind != ExprKind::Starred) continue;
    if (seen_star) error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || n - i - 1 >= (1u << 16)) error("too many expressions in star-unpacking assignment");
    emit(Opcode::UNPACK_EX, static_cast<std::uint32_t>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<std::uint32_t>(n));
  for (const Expr* e : elts) {
    const auto* star = e->try_as<Starred>();
    visit_expr(star ? star->value : e);
  }
}

void Compiler::visit_dict(const Dict* e) {
  // Runs of `key: value` pairs become one BUILD_MAP (or BUILD_CONST_KEY_MAP when every key is a
  // constant); `**mapping` items and long runs merge into the dict with DICT_UPDATE.
  auto subdict = [&](std::size_t begin, std::size_t end) {
    std::size_t n = end - begin;
    bool big = n * 2 > kStackUseGuardrail;
    bool const_keys = n > 1 && !big;
    for (std::size_t i = begin; i < end && const_keys; i++) const_keys = is_constant(e->keys[i]);
    if (const_keys) {
      for (std::size_t i = begin; i < end; i++) visit_expr(e->values[i]);
      std::vector<Value> keys;
      std::string tuple_key = "t(";
      for (std::size_t i = begin; i < end; i++) {
        std::string key;
        keys.push_back(make_constant(e->keys[i]->as<Constant>(), key));
        tuple_key += key + ",";
      }
      load_const(make_tuple(std::move(keys)), tuple_key + ")");
      emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<std::uint32_t>(n));
      return;
    }
    if (big) emit(Opcode::BUILD_MAP, 0);
    for (std::size_t i = begin; i < end; i++) {
      visit_expr(e->keys[i]);
      visit_expr(e->values[i]);
      if (big) emit(Opcode::MAP_ADD, 1);
    }
    if (!big) emit(Opcode::BUILD_MAP, static_cast<std::uint32_t>(n));
  };
  std::size_t n = e->values.size();
  bool have_dict = false;
  std::size_t elements = 0;
  auto flush = [&](std::size_t begin, std::size_t end) {
    subdict(begin, end);
    if (have_dict) emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
    elements = 0;
  };
  for (std::size_t i = 0; i < n; i++) {
    if (e->keys[i] == nullptr) {
      if (elements) flush(i - elements, i);
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuardrail) {
      flush(i - elements, i + 1);
    } else {
      elements++;
    }
  }
  if (elements) flush(n - elements, n);
  if (!have_dict) emit(Opcode::BUILD_MAP, 0);
}

// ---- calls ----

void Compiler::visit_call(const Call* e) {
  if (visit_method_call(e)) return;
  set_loc(e->func->loc);
  emit(Opcode::PUSH_NULL);
  set_loc(e->loc);
  visit_expr(e->func);
  call_helper(0, e->args, e->keywords);
}

// CPython's update_start_location_to_match_attr: an attribute on a later line than its
// expression starts gets the attribute name's position, so tracebacks point at it.
void Compiler::update_start_to_attribute(const Attribute* e) {
  Loc& loc = u().loc;
  if (loc.line == e->loc.end_line) return;
  loc.line = e->loc.end_line;
  int len = static_cast<int>(e->attr.size());
  if (len <= e->loc.end_col) {
    loc.col = e->loc.end_col - len;
  } else {
    loc.col = -1;
    loc.end_col = -1;
  }
  loc.end_line = std::max(loc.line, loc.end_line);
  if (loc.line == loc.end_line) loc.end_col = std::max(loc.col, loc.end_col);
}

// `obj.meth(args)` without * or ** arguments: LOAD_METHOD avoids creating a bound method.
bool Compiler::visit_method_call(const Call* e) {
  const auto* meth = e->func->try_as<Attribute>();
  if (!meth || meth->ctx != ExprContext::Load) return false;
  for (const Expr* a : e->args) {
    if (a->kind == ExprKind::Starred) return false;
  }
  for (const Keyword* k : e->keywords) {
    if (k->arg.empty()) return false;
  }
  std::size_t nargs = e->args.size(), nkw = e->keywords.size();
  if (nargs + nkw + (nkw != 0) >= kStackUseGuardrail) return false;
  visit_expr(meth->value);
  Loc call_loc = u().loc;
  set_loc(meth->loc);
  update_start_to_attribute(meth);
  emit_name(Opcode::LOAD_METHOD, meth->attr);
  for (const Expr* a : e->args) visit_expr(a);
  if (nkw) {
    std::vector<std::string> names;
    for (const Keyword* k : e->keywords) {
      visit_expr(k->value);
      names.emplace_back(k->arg);
    }
    std::string key;
    Value tuple = make_name_tuple(names, key);
    emit(Opcode::KW_NAMES, add_const(std::move(tuple), key));
  }
  u().loc = call_loc;
  update_start_to_attribute(meth);
  emit(Opcode::CALL, static_cast<std::uint32_t>(nargs + nkw));
  u().loc = call_loc;
  return true;
}

// Keyword arguments [begin, end) as one dict.
void Compiler::keyword_subdict(const Seq<Keyword*>& keywords, std::size_t begin, std::size_t end) {
  std::size_t n = end - begin;
  bool big = n * 2 > kStackUseGuardrail;
  if (n > 1 && !big) {
    std::vector<std::string> names;
    for (std::size_t i = begin; i < end; i++) {
      visit_expr(keywords[i]->value);
      names.emplace_back(keywords[i]->arg);
    }
    load_name_tuple(names);
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<std::uint32_t>(n));
    return;
  }
  if (big) emit_noline(Opcode::BUILD_MAP, 0);
  for (std::size_t i = begin; i < end; i++) {
    load_str(keywords[i]->arg);
    visit_expr(keywords[i]->value);
    if (big) emit_noline(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, static_cast<std::uint32_t>(n));
}

// The arguments of a call whose callable (and `pushed` leading arguments) are on the stack.
void Compiler::call_helper(int pushed, const Seq<Expr*>& args, const Seq<Keyword*>& keywords) {
  std::size_t nargs = args.size(), nkw = keywords.size();
  bool simple = nargs + nkw * 2 <= kStackUseGuardrail;
  for (const Expr* a : args) simple = simple && a->kind != ExprKind::Starred;
  for (const Keyword* k : keywords) simple = simple && !k->arg.empty();
  if (simple) {
    for (const Expr* a : args) visit_expr(a);
    if (nkw) {
      std::vector<std::string> names;
      for (const Keyword* k : keywords) {
        visit_expr(k->value);
        names.emplace_back(k->arg);
      }
      std::string key;
      Value tuple = make_name_tuple(names, key);
      emit(Opcode::KW_NAMES, add_const(std::move(tuple), key));
    }
    emit(Opcode::CALL, static_cast<std::uint32_t>(pushed + nargs + nkw));
    return;
  }
  // f(*args, **kwargs): a tuple of positionals and a dict of keywords.
  if (pushed == 0 && nargs == 1 && args[0]->kind == ExprKind::Starred) {
    visit_expr(args[0]->as<Starred>()->value);
  } else {
    starunpack(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }
  if (nkw) {
    bool have_dict = false;
    std::size_t seen = 0;  // plain keywords not yet packed
    for (std::size_t i = 0; i < nkw; i++) {
      const Keyword* k = keywords[i];
      if (!k->arg.empty()) {
        seen++;
        continue;
      }
      if (seen) {
        keyword_subdict(keywords, i - seen, i);
        if (have_dict) emit(Opcode::DICT_MERGE, 1);
        have_dict = true;
        seen = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(k->value);
      emit(Opcode::DICT_MERGE, 1);
    }
    if (seen) {
      keyword_subdict(keywords, nkw - seen, nkw);
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ---- attributes, subscripts, slices ----

void Compiler::visit_attribute(const Attribute* e) {
  visit_expr(e->value);
  update_start_to_attribute(e);
  switch (e->ctx) {
    case ExprContext::Load: return emit_name(Opcode::LOAD_ATTR, e->attr);
    case ExprContext::Store: return emit_name(Opcode::STORE_ATTR, e->attr);
    case ExprContext::Del: return emit_name(Opcode::DELETE_ATTR, e->attr);
  }
}

void Compiler::visit_subscript(const Subscript* e) {
  visit_expr(e->value);
  visit_expr(e->slice);
  switch (e->ctx) {
    case ExprContext::Load: return emit(Opcode::BINARY_SUBSCR);
    case ExprContext::Store: return emit(Opcode::STORE_SUBSCR);
    case ExprContext::Del: return emit(Opcode::DELETE_SUBSCR);
  }
}

void Compiler::visit_slice(const Slice* e) {
  std::uint32_t n = 2;
  for (const Expr* part : {e->lower, e->upper}) {
    if (part) {
      visit_expr(part);
    } else {
      load_none();
    }
  }
  if (e->step) {
    visit_expr(e->step);
    n = 3;
  }
  emit(Opcode::BUILD_SLICE, n);
}

// ---- f-strings ----

void Compiler::visit_joined_str(const JoinedStr* e) {
  if (e->values.size() > kStackUseGuardrail) {
    load_str("");
    emit_name(Opcode::LOAD_METHOD, "join");
    emit(Opcode::BUILD_LIST, 0);
    for (const Expr* part : e->values) {
      visit_expr(part);
      emit(Opcode::LIST_APPEND, 1);
    }
    emit(Opcode::CALL, 1);
    return;
  }
  for (const Expr* part : e->values) visit_expr(part);
  if (e->values.size() != 1) emit(Opcode::BUILD_STRING, static_cast<std::uint32_t>(e->values.size()));
}

void Compiler::visit_formatted_value(const FormattedValue* e) {
  visit_expr(e->value);
  std::uint32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    arg |= 4;
  }
  emit(Opcode::FORMAT_VALUE, arg);
}

// ---- generators and coroutines ----

// Delegates to the iterator or awaitable on TOS (with the value to send above it) until it
// returns: SEND runs it, YIELD_VALUE passes what it yields out, and whatever is sent back in
// goes to it on the next SEND.
void Compiler::add_yield_from() {
  int start = new_block();
  int resume = new_block();
  int exit = new_block();
  use_block(start);
  emit_jump(Opcode::SEND, exit);
  use_block(resume);
  emit(Opcode::YIELD_VALUE, 0);
  emit_jump(Opcode::JUMP, start);
  use_block(exit);
}

void Compiler::visit_await(const Await* e) {
  visit_expr(e->value);
  emit(Opcode::GET_AWAITABLE, 0);
  load_none();
  add_yield_from();
}

void Compiler::visit_yield(const Yield* e) {
  if (e->value) {
    visit_expr(e->value);
  } else {
    load_none();
  }
  emit_yield();
}

// In an async generator a `yield` produces a value for `async for`, unlike the yields of the
// awaits it runs: YIELD_VALUE 1 (CPython marks it with ASYNC_GEN_WRAP).
void Compiler::emit_yield() {
  bool async_generator = u().scope->generator && u().scope->coroutine;
  emit(Opcode::YIELD_VALUE, async_generator ? 1 : 0);
}

void Compiler::visit_yield_from(const YieldFrom* e) {
  visit_expr(e->value);
  emit(Opcode::GET_YIELD_FROM_ITER);
  load_none();
  add_yield_from();
}

}  // namespace py::compiler
