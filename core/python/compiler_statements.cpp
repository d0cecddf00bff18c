// Statements: assignments, control flow, imports, raise/assert/del (try and with live in
// compiler_exceptions.cpp, def and class in compiler_functions.cpp).
#include "python/compiler_internal.hpp"

#include "python/int_object.hpp"
#include "python/runtime.hpp"

namespace py::compiler {

using namespace ast;

namespace {

// Whether a body has annotated assignments (not looking into nested functions and classes).
bool has_annotations(const Seq<Stmt*>& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        if (has_annotations(s->as<For>()->body) || has_annotations(s->as<For>()->orelse)) return true;
        break;
      case StmtKind::While:
        if (has_annotations(s->as<While>()->body) || has_annotations(s->as<While>()->orelse)) return true;
        break;
      case StmtKind::If:
        if (has_annotations(s->as<If>()->body) || has_annotations(s->as<If>()->orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (has_annotations(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const auto* t = s->as<Try>();
        for (const ExceptHandler* h : t->handlers) {
          if (has_annotations(h->body)) return true;
        }
        if (has_annotations(t->body) || has_annotations(t->finalbody) || has_annotations(t->orelse)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

}  // namespace

void Compiler::visit_body(const Seq<Stmt*>& body) {
  for (const Stmt* s : body) visit_stmt(s);
}

// CPython's compiler_body: a module's or class's docstring goes to __doc__, and annotated
// assignments need an __annotations__ dict first.
void Compiler::visit_module_body(const Seq<Stmt*>& body) {
  if (u().kind == UnitKind::Module && !body.empty()) set_loc(body[0]->loc);
  if (has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS);
  std::size_t first = 0;
  if (const Constant* doc = docstring_of(body)) {
    first = 1;
    set_loc(body[0]->loc);
    visit_expr(doc);
    unset_loc();
    nameop("__doc__", NameCtx::Store);
  }
  for (std::size_t i = first; i < body.size(); i++) visit_stmt(body[i]);
}

void Compiler::visit_stmt(const Stmt* s) {
  set_loc(s->loc);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      return visit_function_def(s->as<FunctionDef>());
    case StmtKind::ClassDef:
      return visit_class_def(s->as<ClassDef>());
    case StmtKind::Return:
      return visit_return(s, s->as<Return>());
    case StmtKind::Delete:
      return visit_delete(s->as<Delete>());
    case StmtKind::Assign:
      return visit_assign(s->as<Assign>());
    case StmtKind::AugAssign:
      return visit_aug_assign(s->as<AugAssign>());
    case StmtKind::AnnAssign:
      return visit_ann_assign(s->as<AnnAssign>());
    case StmtKind::For:
      return visit_for(s->as<For>());
    case StmtKind::AsyncFor:
      return visit_async_for(s->as<For>());
    case StmtKind::While:
      return visit_while(s->as<While>());
    case StmtKind::If:
      return visit_if(s->as<If>());
    case StmtKind::With:
      return visit_with(s->as<With>(), 0);
    case StmtKind::AsyncWith:
      return visit_async_with(s->as<With>(), 0);
    case StmtKind::Raise:
      return visit_raise(s->as<Raise>());
    case StmtKind::Try:
    case StmtKind::TryStar:
      return visit_try(s->as<Try>());
    case StmtKind::Assert:
      return visit_assert(s->as<Assert>());
    case StmtKind::Import:
      return visit_import(s->as<Import>());
    case StmtKind::ImportFrom:
      return visit_import_from(s->as<ImportFrom>());
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      return;
    case StmtKind::Expr:
      return visit_expr_stmt(s->as<ExprStmt>()->value);
    case StmtKind::Pass:
      return emit(Opcode::NOP);
    case StmtKind::Break:
      return visit_break();
    case StmtKind::Continue:
      return visit_continue();
  }
}

void Compiler::visit_expr_stmt(const Expr* value) {
  if (value->kind == ExprKind::Constant) {
    emit(Opcode::NOP);  // a constant statement (a docstring-like string) does nothing but has a line
    return;
  }
  visit_expr(value);
  unset_loc();
  emit(Opcode::POP_TOP);
}

// ---- assignment ----

void Compiler::visit_assign(const Assign* s) {
  visit_expr(s->value);
  for (std::size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(Opcode::COPY, 1);
    visit_expr(s->targets[i]);
  }
}

namespace {

BinaryOp binary_op_of(BinOpKind k) {
  switch (k) {
    case BinOpKind::Add: return BinaryOp::Add;
    case BinOpKind::Sub: return BinaryOp::Sub;
    case BinOpKind::Mult: return BinaryOp::Mul;
    case BinOpKind::MatMult: return BinaryOp::MatMul;
    case BinOpKind::Div: return BinaryOp::TrueDiv;
    case BinOpKind::Mod: return BinaryOp::Mod;
    case BinOpKind::Pow: return BinaryOp::Pow;
    case BinOpKind::LShift: return BinaryOp::LShift;
    case BinOpKind::RShift: return BinaryOp::RShift;
    case BinOpKind::BitOr: return BinaryOp::Or;
    case BinOpKind::BitXor: return BinaryOp::Xor;
    case BinOpKind::BitAnd: return BinaryOp::And;
    case BinOpKind::FloorDiv: return BinaryOp::FloorDiv;
  }
  return BinaryOp::Add;
}

}  // namespace

std::uint32_t binary_op_arg(BinOpKind k, bool inplace) {
  return static_cast<std::uint32_t>(binary_op_of(k)) | (inplace ? kInplaceFlag : 0);
}

// CPython's compiler_augassign: the target's container is evaluated once.
void Compiler::visit_aug_assign(const AugAssign* s) {
  const Expr* target = s->target;
  Loc statement = u().loc;
  set_loc(target->loc);
  switch (target->kind) {
    case ExprKind::Attribute: {
      const auto* a = target->as<Attribute>();
      visit_expr(a->value);
      emit(Opcode::COPY, 1);
      update_start_to_attribute(a);
      emit_name(Opcode::LOAD_ATTR, a->attr);
      break;
    }
    case ExprKind::Subscript: {
      const auto* sub = target->as<Subscript>();
      visit_expr(sub->value);
      visit_expr(sub->slice);
      emit(Opcode::COPY, 2);
      emit(Opcode::COPY, 2);
      emit(Opcode::BINARY_SUBSCR);
      break;
    }
    default:
      nameop(target->as<Name>()->id, NameCtx::Load);
      break;
  }
  u().loc = statement;
  visit_expr(s->value);
  emit(Opcode::BINARY_OP, binary_op_arg(s->op, /*inplace=*/true));
  set_loc(target->loc);
  switch (target->kind) {
    case ExprKind::Attribute:
      update_start_to_attribute(target->as<Attribute>());
      emit(Opcode::SWAP, 2);
      emit_name(Opcode::STORE_ATTR, target->as<Attribute>()->attr);
      break;
    case ExprKind::Subscript:
      emit(Opcode::SWAP, 3);
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_SUBSCR);
      break;
    default:
      nameop(target->as<Name>()->id, NameCtx::Store);
      break;
  }
}

// Annotations of complex targets are evaluated (module and class bodies only) but not stored.
void Compiler::check_annotation_expr(const Expr* e) {
  visit_expr(e);
  emit(Opcode::POP_TOP);
}

void Compiler::check_annotation_subscript(const Expr* e) {
  if (const auto* slice = e->try_as<Slice>()) {
    for (const Expr* part : {slice->lower, slice->upper, slice->step}) {
      if (part) check_annotation_expr(part);
    }
  } else if (const auto* tuple = e->try_as<Tuple>()) {
    for (const Expr* elt : tuple->elts) check_annotation_subscript(elt);
  } else {
    check_annotation_expr(e);
  }
}

void Compiler::visit_ann_assign(const AnnAssign* s) {
  const Expr* target = s->target;
  if (s->value) {
    visit_expr(s->value);
    visit_expr(target);
  }
  bool module_or_class = u().kind == UnitKind::Module || u().kind == UnitKind::Class;
  switch (target->kind) {
    case ExprKind::Name:
      if (s->simple && module_or_class) {
        visit_annotation_value(s->annotation);
        emit_name(Opcode::LOAD_NAME, "__annotations__");
        load_str(mangled(target->as<Name>()->id));
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    case ExprKind::Attribute:
      if (!s->value) check_annotation_expr(target->as<Attribute>()->value);
      break;
    case ExprKind::Subscript:
      if (!s->value) {
        check_annotation_expr(target->as<Subscript>()->value);
        check_annotation_subscript(target->as<Subscript>()->slice);
      }
      break;
    default:
      break;
  }
  if (!s->simple && !future_annotations_ && module_or_class) check_annotation_expr(s->annotation);
}

void Compiler::visit_delete(const Delete* s) {
  for (const Expr* target : s->targets) visit_expr(target);
}

// ---- control flow ----

void Compiler::visit_if(const If* s) {
  int end = new_block();
  int next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  visit_body(s->body);
  if (!s->orelse.empty()) {
    emit_jump_noline(Opcode::JUMP, end);
    use_block(next);
    visit_body(s->orelse);
  }
  use_block(end);
}

void Compiler::visit_while(const While* s) {
  int loop = new_block();
  int body = new_block();
  int anchor = new_block();
  int end = new_block();
  use_block(loop);
  push_fblock({FrameKind::WhileLoop, loop, end});
  jump_if(s->test, anchor, false);
  use_block(body);
  visit_body(s->body);
  set_loc(s->loc);
  jump_if(s->test, body, true);
  pop_fblock(FrameKind::WhileLoop);
  use_block(anchor);
  visit_body(s->orelse);
  use_block(end);
}

void Compiler::visit_for(const For* s) {
  int start = new_block();
  int body = new_block();
  int cleanup = new_block();
  int end = new_block();
  push_fblock({FrameKind::ForLoop, start, end});
  visit_expr(s->iter);
  emit(Opcode::GET_ITER);
  use_block(start);
  emit_jump(Opcode::FOR_ITER, cleanup);
  use_block(body);
  visit_expr(s->target);
  visit_body(s->body);
  unset_loc();
  emit_jump(Opcode::JUMP, start);
  use_block(cleanup);
  pop_fblock(FrameKind::ForLoop);
  visit_body(s->orelse);
  use_block(end);
}

void Compiler::visit_async_for(const For* s) {
  int start = new_block();
  int except = new_block();
  int end = new_block();
  visit_expr(s->iter);
  emit(Opcode::GET_AITER);
  use_block(start);
  push_fblock({FrameKind::ForLoop, start, end});
  // The handler catches StopAsyncIteration from __anext__ (END_ASYNC_FOR).
  emit_jump(kSetupFinally, except);
  emit(Opcode::GET_ANEXT);
  load_none();
  add_yield_from();
  emit(kPopBlock);
  visit_expr(s->target);
  visit_body(s->body);
  unset_loc();
  emit_jump(Opcode::JUMP, start);
  pop_fblock(FrameKind::ForLoop);
  use_block(except);
  set_loc(s->iter->loc);  // END_ASYNC_FOR belongs to the `for`, not the body
  emit(Opcode::END_ASYNC_FOR);
  visit_body(s->orelse);
  use_block(end);
}

void Compiler::visit_return(const Stmt* s, const Return* r) {
  // A constant return value is loaded after unwinding; anything else is computed first.
  bool preserve_tos = r->value && r->value->kind != ExprKind::Constant;
  if (preserve_tos) {
    visit_expr(r->value);
  } else if (r->value) {
    set_loc(r->value->loc);
    emit(Opcode::NOP);
  }
  if (!r->value || r->value->loc.line != s->loc.line) {
    set_loc(s->loc);
    emit(Opcode::NOP);
  }
  unwind_fblock_stack(preserve_tos, nullptr);
  if (!r->value) {
    load_none();
  } else if (!preserve_tos) {
    load_constant(r->value->as<Constant>());
  }
  emit(Opcode::RETURN_VALUE);
}

void Compiler::visit_break() {
  const FrameBlock* loop = nullptr;
  emit(Opcode::NOP);
  unwind_fblock_stack(false, &loop);
  if (!loop) error("'break' outside loop");
  FrameBlock target = *loop;
  unwind_fblock(target, false);
  emit_jump(Opcode::JUMP, target.exit);
}

void Compiler::visit_continue() {
  const FrameBlock* loop = nullptr;
  emit(Opcode::NOP);
  unwind_fblock_stack(false, &loop);
  if (!loop) error("'continue' not properly in loop");
  emit_jump(Opcode::JUMP, loop->block);
}

void Compiler::visit_raise(const Raise* s) {
  std::uint32_t n = 0;
  if (s->exc) {
    visit_expr(s->exc);
    n++;
    if (s->cause) {
      visit_expr(s->cause);
      n++;
    }
  }
  emit(Opcode::RAISE_VARARGS, n);
}

void Compiler::visit_assert(const Assert* s) {
  int end = new_block();
  jump_if(s->test, end, true);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    visit_expr(s->msg);
    emit(Opcode::CALL, 0);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  use_block(end);
}

// ---- imports ----

void Compiler::visit_import(const Import* s) {
  for (const Alias* alias : s->names) {
    load_small_int(0);
    load_none();
    emit(Opcode::IMPORT_NAME, u().names.add(std::string(alias->name)));
    std::string_view name = alias->name;
    if (alias->asname.empty()) {
      nameop(name.substr(0, name.find('.')), NameCtx::Store);
      continue;
    }
    // `import a.b.c as d` binds d to a.b.c: walk the attributes from the top package.
    std::size_t dot = name.find('.');
    if (dot == std::string_view::npos) {
      nameop(alias->asname, NameCtx::Store);
      continue;
    }
    while (true) {
      std::size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string_view attr = name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
      emit(Opcode::IMPORT_FROM, u().names.add(std::string(attr)));
      if (dot == std::string_view::npos) break;
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
    }
    nameop(alias->asname, NameCtx::Store);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::visit_import_from(const ImportFrom* s) {
  load_small_int(s->level);
  std::vector<std::string> names;
  for (const Alias* alias : s->names) names.emplace_back(alias->name);
  load_name_tuple(names);
  emit_name(Opcode::IMPORT_NAME, s->module);
  for (std::size_t i = 0; i < s->names.size(); i++) {
    const Alias* alias = s->names[i];
    if (i == 0 && alias->name == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    emit_name(Opcode::IMPORT_FROM, alias->name);
    nameop(alias->asname.empty() ? alias->name : alias->asname, NameCtx::Store);
  }
  emit(Opcode::POP_TOP);  // the module
}

}  // namespace py::compiler
