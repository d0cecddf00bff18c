// try/except/else/finally and with/async with, in CPython 3.11's zero-cost design: SETUP_* pseudo
// instructions delimit the protected ranges (they become the exception table), and `break`,
// `continue` and `return` unwind the enclosing frame blocks by emitting their cleanup inline.
#include <cassert>

#include "python/compiler_internal.hpp"
#include "python/runtime.hpp"

namespace py::compiler {

using namespace ast;

namespace {
constexpr std::size_t kMaxStaticBlocks = 20;  // CPython's CO_MAXBLOCKS
}

void Compiler::push_fblock(FrameBlock fb) {
  if (u().fblocks.size() >= kMaxStaticBlocks) error("too many statically nested blocks");
  u().fblocks.push_back(fb);
}

void Compiler::pop_fblock([[maybe_unused]] FrameKind kind) {
  assert(!u().fblocks.empty() && u().fblocks.back().kind == kind);
  u().fblocks.pop_back();
}

// POP_EXCEPT_AND_RERAISE: restore the previous exception and re-raise with the original lasti.
void Compiler::pop_except_and_reraise() {
  emit(Opcode::COPY, 3);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 1);
}

void Compiler::visit_try(const Try* s) {
  if (s->is_star()) error(Loc::of(s->loc), "'except*' is not supported");
  if (!s->finalbody.empty()) {
    visit_try_finally(s);
  } else {
    visit_try_except(s);
  }
}

void Compiler::visit_try_finally(const Try* s) {
  int body = new_block();
  int end = new_block();
  int exit = new_block();
  int cleanup = new_block();
  emit_jump(kSetupFinally, end);
  use_block(body);
  FrameBlock fb{FrameKind::FinallyTry, body, end};
  fb.finalbody = &s->finalbody;
  push_fblock(fb);
  if (!s->handlers.empty()) {
    visit_try_except(s);
  } else {
    visit_body(s->body);
  }
  emit_noline(kPopBlock);
  pop_fblock(FrameKind::FinallyTry);
  visit_body(s->finalbody);
  emit_jump_noline(Opcode::JUMP, exit);
  // The `finally` block run with an exception.
  use_block(end);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  push_fblock({FrameKind::FinallyEnd, end});
  visit_body(s->finalbody);
  pop_fblock(FrameKind::FinallyEnd);
  emit(Opcode::RERAISE, 0);
  use_block(cleanup);
  pop_except_and_reraise();
  use_block(exit);
}

void Compiler::visit_try_except(const Try* s) {
  int body = new_block();
  int except = new_block();
  int end = new_block();
  int cleanup = new_block();
  emit_jump(kSetupFinally, except);
  use_block(body);
  push_fblock({FrameKind::TryExcept, body});
  visit_body(s->body);
  pop_fblock(FrameKind::TryExcept);
  emit_noline(kPopBlock);
  visit_body(s->orelse);
  emit_jump_noline(Opcode::JUMP, end);
  use_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  push_fblock({FrameKind::ExceptionHandler});
  for (std::size_t i = 0; i < s->handlers.size(); i++) {
    const ExceptHandler* handler = s->handlers[i];
    set_loc(handler->loc);
    if (!handler->type && i + 1 < s->handlers.size()) error("default 'except:' must be last");
    int next_handler = new_block();
    if (handler->type) {
      visit_expr(handler->type);
      emit(Opcode::CHECK_EXC_MATCH);
      emit_jump(Opcode::POP_JUMP_IF_FALSE, next_handler);
    }
    if (!handler->name.empty()) {
      // `except E as name:` deletes name afterwards, even when the body raises:
      //   try: body  finally: name = None; del name
      int cleanup_end = new_block();
      int cleanup_body = new_block();
      nameop(handler->name, NameCtx::Store);
      emit_jump(kSetupCleanup, cleanup_end);
      use_block(cleanup_body);
      FrameBlock fb{FrameKind::HandlerCleanup, cleanup_body};
      fb.name = handler->name;
      push_fblock(fb);
      visit_body(handler->body);
      pop_fblock(FrameKind::HandlerCleanup);
      unset_loc();
      emit(kPopBlock);
      emit(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      load_none();
      nameop(handler->name, NameCtx::Store);
      nameop(handler->name, NameCtx::Del);
      emit_jump(Opcode::JUMP, end);
      use_block(cleanup_end);
      unset_loc();
      load_none();
      nameop(handler->name, NameCtx::Store);
      nameop(handler->name, NameCtx::Del);
      emit(Opcode::RERAISE, 1);
    } else {
      int cleanup_body = new_block();
      emit(Opcode::POP_TOP);  // the exception
      use_block(cleanup_body);
      push_fblock({FrameKind::HandlerCleanup, cleanup_body});
      visit_body(handler->body);
      pop_fblock(FrameKind::HandlerCleanup);
      unset_loc();
      emit(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      emit_jump(Opcode::JUMP, end);
    }
    use_block(next_handler);
  }
  unset_loc();
  pop_fblock(FrameKind::ExceptionHandler);
  emit(Opcode::RERAISE, 0);  // no handler matched
  use_block(cleanup);
  pop_except_and_reraise();
  use_block(end);
}

// ---- with ----

// __exit__(None, None, None): the bound __exit__ sits where CALL expects a method.
void Compiler::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  emit(Opcode::CALL, 2);
}

// Stack on entry: [__exit__, lasti, prev_exc, exc, __exit__(...) result].
void Compiler::with_except_finish(int cleanup) {
  unset_loc();
  int exit = new_block();
  emit_jump(Opcode::POP_JUMP_IF_TRUE, exit);
  emit(Opcode::RERAISE, 2);
  use_block(cleanup);
  pop_except_and_reraise();
  use_block(exit);
  emit(Opcode::POP_TOP);  // the exception
  emit(kPopBlock);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_TOP);
}

void Compiler::visit_with(const With* s, std::size_t item_index) {
  const WithItem* item = s->items[item_index];
  int block = new_block();
  int final = new_block();
  int exit = new_block();
  int cleanup = new_block();
  visit_expr(item->context_expr);
  emit(Opcode::BEFORE_WITH);  // pushes the bound __exit__, then __enter__()'s result
  emit_jump(kSetupWith, final);
  use_block(block);
  FrameBlock fb{FrameKind::With, block, final};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars) {
    visit_expr(item->optional_vars);
  } else {
    emit(Opcode::POP_TOP);
  }
  if (item_index + 1 == s->items.size()) {
    visit_body(s->body);
  } else {
    visit_with(s, item_index + 1);
  }
  unset_loc();
  emit(kPopBlock);
  pop_fblock(FrameKind::With);
  set_loc(s->loc);
  call_exit_with_nones();
  emit(Opcode::POP_TOP);
  emit_jump(Opcode::JUMP, exit);
  use_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_block(exit);
}

void Compiler::visit_async_with(const With* s, std::size_t item_index) {
  const WithItem* item = s->items[item_index];
  int block = new_block();
  int final = new_block();
  int exit = new_block();
  int cleanup = new_block();
  visit_expr(item->context_expr);
  emit(Opcode::BEFORE_ASYNC_WITH);
  emit(Opcode::GET_AWAITABLE, 1);
  load_none();
  add_yield_from();
  emit_jump(kSetupWith, final);
  use_block(block);
  FrameBlock fb{FrameKind::AsyncWith, block, final};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars) {
    visit_expr(item->optional_vars);
  } else {
    emit(Opcode::POP_TOP);
  }
  if (item_index + 1 == s->items.size()) {
    visit_body(s->body);
  } else {
    visit_async_with(s, item_index + 1);
  }
  pop_fblock(FrameKind::AsyncWith);
  unset_loc();
  emit(kPopBlock);
  set_loc(s->loc);
  call_exit_with_nones();
  emit(Opcode::GET_AWAITABLE, 2);
  load_none();
  add_yield_from();
  emit(Opcode::POP_TOP);
  emit_jump(Opcode::JUMP, exit);
  use_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  emit(Opcode::GET_AWAITABLE, 2);
  load_none();
  add_yield_from();
  with_except_finish(cleanup);
  use_block(exit);
}

// ---- unwinding for break, continue and return (CPython's compiler_unwind_fblock) ----

void Compiler::unwind_fblock(const FrameBlock& fb, bool preserve_tos) {
  switch (fb.kind) {
    case FrameKind::WhileLoop:
    case FrameKind::ExceptionHandler:
    case FrameKind::AsyncComprehensionGenerator:
      return;
    case FrameKind::ForLoop:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the iterator
      return;
    case FrameKind::TryExcept:
      emit(kPopBlock);
      return;
    case FrameKind::FinallyTry:
      emit(kPopBlock);
      if (preserve_tos) push_fblock({FrameKind::PopValue});
      visit_body(*fb.finalbody);
      if (preserve_tos) pop_fblock(FrameKind::PopValue);
      // The finally body appears to run after the unwinding statement.
      unset_loc();
      return;
    case FrameKind::FinallyEnd:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the exception
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      return;
    case FrameKind::With:
    case FrameKind::AsyncWith:
      set_loc(fb.stmt->loc);
      emit(kPopBlock);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      call_exit_with_nones();
      if (fb.kind == FrameKind::AsyncWith) {
        emit(Opcode::GET_AWAITABLE, 2);
        load_none();
        add_yield_from();
      }
      emit(Opcode::POP_TOP);
      unset_loc();
      return;
    case FrameKind::HandlerCleanup:
      if (!fb.name.empty()) emit(kPopBlock);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      if (!fb.name.empty()) {
        load_none();
        nameop(fb.name, NameCtx::Store);
        nameop(fb.name, NameCtx::Del);
      }
      return;
    case FrameKind::PopValue:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return;
  }
}

void Compiler::unwind_fblock_stack(bool preserve_tos, const FrameBlock** loop) {
  auto& fblocks = u().fblocks;
  if (fblocks.empty()) return;
  FrameBlock top = fblocks.back();
  if (loop && (top.kind == FrameKind::WhileLoop || top.kind == FrameKind::ForLoop)) {
    *loop = &fblocks.back();
    return;
  }
  fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop);
  u().fblocks.push_back(top);
}

}  // namespace py::compiler
