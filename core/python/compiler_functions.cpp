// Code that makes functions: def, async def, lambda, class bodies and comprehensions (which 3.11
// compiles as nested functions called with the outermost iterator).
#include "python/compiler_internal.hpp"

#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py::compiler {

using namespace ast;

const Constant* docstring_of(const Seq<Stmt*>& body) {
  if (body.empty()) return nullptr;
  const auto* e = body[0]->try_as<ExprStmt>();
  if (!e) return nullptr;
  const auto* c = e->value->try_as<Constant>();
  return c && c->value_kind == ConstantKind::Str ? c : nullptr;
}

void Compiler::visit_decorators(const Seq<Expr*>& decorators) {
  for (const Expr* d : decorators) visit_expr(d);
}

// The innermost decorator first; each call is located at its decorator.
void Compiler::apply_decorators(const Seq<Expr*>& decorators) {
  for (std::size_t i = decorators.size(); i-- > 0;) {
    set_loc(decorators[i]->loc);
    emit(Opcode::CALL, 0);
  }
}

// Positional defaults as a tuple (flag 1), keyword-only defaults as a dict (flag 2).
std::uint32_t Compiler::visit_defaults(const Arguments* args) {
  std::uint32_t flags = 0;
  if (!args->defaults.empty()) {
    for (const Expr* d : args->defaults) visit_expr(d);
    emit(Opcode::BUILD_TUPLE, static_cast<std::uint32_t>(args->defaults.size()));
    flags |= 1;
  }
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < args->kwonlyargs.size(); i++) {
    if (!args->kw_defaults[i]) continue;
    keys.push_back(mangled(args->kwonlyargs[i]->name));
    visit_expr(args->kw_defaults[i]);
  }
  if (!keys.empty()) {
    load_name_tuple(keys);
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<std::uint32_t>(keys.size()));
    flags |= 2;
  }
  return flags;
}

void Compiler::visit_annotation_value(const Expr* annotation) {
  if (future_annotations_) {
    // PEP 563: the annotation's source text.
    const SourceText& src = *source_;
    std::size_t begin = src.line_start(annotation->loc.line) + annotation->loc.col;
    std::size_t end = src.line_start(annotation->loc.end_line) + annotation->loc.end_col;
    load_str(src.text().substr(begin, end - begin));
  } else if (const auto* star = annotation->try_as<Starred>()) {
    visit_expr(star->value);  // `*args: *Ts`
    emit(Opcode::UNPACK_SEQUENCE, 1);
  } else {
    visit_expr(annotation);
  }
}

// The annotations dict (MAKE_FUNCTION flag 4), built from name, value pairs. (CPython 3.11 pushes a
// flat tuple that MAKE_FUNCTION turns into the dict; the pairs make the dict directly.)
bool Compiler::visit_annotations(const Arguments* args, const Expr* returns) {
  std::uint32_t count = 0;
  auto annotate = [&](std::string_view name, const Expr* annotation) {
    if (!annotation) return;
    load_str(mangled(name));
    visit_annotation_value(annotation);
    count += 2;
  };
  // CPython 3.11's order: regular arguments before positional-only ones.
  for (const Arg* a : args->args) annotate(a->name, a->annotation);
  for (const Arg* a : args->posonlyargs) annotate(a->name, a->annotation);
  if (args->vararg) annotate(args->vararg->name, args->vararg->annotation);
  for (const Arg* a : args->kwonlyargs) annotate(a->name, a->annotation);
  if (args->kwarg) annotate(args->kwarg->name, args->kwarg->annotation);
  annotate("return", returns);
  if (count == 0) return false;
  emit(Opcode::BUILD_MAP, count / 2);
  return true;
}

// MAKE_FUNCTION for a nested code object, with a tuple of the cells its free variables read.
void Compiler::make_closure(const Ref<CodeObject>& code, std::uint32_t flags) {
  if (code->nfreevars) {
    for (int i = code->nlocalsplus() - code->nfreevars; i < code->nlocalsplus(); i++) {
      std::string name = code->localsplus_names[i]->text();
      bool cell = (u().kind == UnitKind::Class && name == "__class__") ||
                  u().scope->scope_of(name) == NameScope::Cell;
      int arg = cell ? u().cellvars.find(name) : u().cellvars.size() + u().freevars.find(name);
      emit(Opcode::LOAD_CLOSURE, static_cast<std::uint32_t>(arg));
    }
    flags |= 8;
    emit(Opcode::BUILD_TUPLE, static_cast<std::uint32_t>(code->nfreevars));
  }
  load_const(code, "code#" + std::to_string(code_serial_++));
  emit(Opcode::MAKE_FUNCTION, flags);
}

void Compiler::visit_function_def(const FunctionDef* s) {
  const Arguments* args = s->args;
  int firstlineno = s->decorator_list.empty() ? s->loc.line : s->decorator_list[0]->loc.line;
  visit_decorators(s->decorator_list);
  std::uint32_t flags = visit_defaults(args);
  if (visit_annotations(args, s->returns)) flags |= 4;
  enter_scope(std::string(s->name), s->is_async() ? UnitKind::AsyncFunction : UnitKind::Function, s, firstlineno);
  // consts[0] is the docstring, or None: functions read __doc__ from there.
  const Constant* doc = docstring_of(s->body);
  if (doc) {
    std::string key;
    Value v = make_constant(doc, key);
    add_const(std::move(v), key);
  } else {
    add_const(none(), "None");
  }
  u().argcount = static_cast<int>(args->args.size());
  u().posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u().kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (std::size_t i = doc ? 1 : 0; i < s->body.size(); i++) visit_stmt(s->body[i]);
  Ref<CodeObject> code = exit_scope(/*add_none=*/true);
  make_closure(code, flags);
  apply_decorators(s->decorator_list);
  set_loc(s->loc);
  nameop(s->name, NameCtx::Store);
}

void Compiler::visit_class_def(const ClassDef* s) {
  int firstlineno = s->decorator_list.empty() ? s->loc.line : s->decorator_list[0]->loc.line;
  visit_decorators(s->decorator_list);
  enter_scope(std::string(s->name), UnitKind::Class, s, firstlineno);
  u().private_name = std::string(s->name);
  nameop("__name__", NameCtx::Load);
  nameop("__module__", NameCtx::Store);
  load_str(u().qualname);
  nameop("__qualname__", NameCtx::Store);
  visit_module_body(s->body);
  unset_loc();
  // The class body returns the __class__ cell (for zero-argument super()), or None.
  if (u().scope->needs_class_closure) {
    emit(Opcode::LOAD_CLOSURE, static_cast<std::uint32_t>(u().cellvars.find("__class__")));
    emit(Opcode::COPY, 1);
    nameop("__classcell__", NameCtx::Store);
  } else {
    load_none();
  }
  emit(Opcode::RETURN_VALUE);
  Ref<CodeObject> code = exit_scope(/*add_none=*/true);
  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  load_str(s->name);
  call_helper(2, s->bases, s->keywords);
  apply_decorators(s->decorator_list);
  set_loc(s->loc);
  nameop(s->name, NameCtx::Store);
}

void Compiler::visit_lambda(const Lambda* e) {
  const Arguments* args = e->args;
  std::uint32_t flags = visit_defaults(args);
  enter_scope("<lambda>", UnitKind::Lambda, e, e->loc.line);
  add_const(none(), "None");  // a lambda has no docstring
  u().argcount = static_cast<int>(args->args.size());
  u().posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u().kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  visit_expr(e->body);
  Ref<CodeObject> code;
  if (u().scope->generator) {
    code = exit_scope(/*add_none=*/false);  // returns the body's value
  } else {
    emit(Opcode::RETURN_VALUE);
    code = exit_scope(/*add_none=*/true);
  }
  make_closure(code, flags);
}

// ---- comprehensions ----

void Compiler::visit_comprehension(const Expr* e, const char* name, ComprehensionKind kind,
                                   const Seq<Comprehension*>& generators, const Expr* elt, const Expr* value) {
  const Comprehension* outermost = generators[0];
  enter_scope(name, UnitKind::Comprehension, e, e->loc.line);
  set_loc(e->loc);
  u().argcount = 1;  // the outermost iterator, `.0`
  bool awaits = u().scope->coroutine;
  switch (kind) {
    case ComprehensionKind::List: emit(Opcode::BUILD_LIST, 0); break;
    case ComprehensionKind::Set: emit(Opcode::BUILD_SET, 0); break;
    case ComprehensionKind::Dict: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(generators, 0, 0, elt, value, kind);
  if (kind != ComprehensionKind::Generator) emit(Opcode::RETURN_VALUE);
  Ref<CodeObject> code = exit_scope(/*add_none=*/true);
  make_closure(code, 0);
  visit_expr(outermost->iter);
  emit(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::CALL, 0);
  if (awaits && kind != ComprehensionKind::Generator) {
    // A comprehension that awaits is a coroutine: await its result.
    emit(Opcode::GET_AWAITABLE, 0);
    load_none();
    add_yield_from();
  }
}

void Compiler::comprehension_generator(const Seq<Comprehension*>& generators, std::size_t index, int depth,
                                       const Expr* elt, const Expr* value, ComprehensionKind kind) {
  if (generators[index]->is_async) {
    async_comprehension_generator(generators, index, depth, elt, value, kind);
  } else {
    sync_comprehension_generator(generators, index, depth, elt, value, kind);
  }
}

// What the innermost loop does with each element; `depth` iterators sit above the result.
void Compiler::comprehension_element(const Expr* elt, const Expr* value, ComprehensionKind kind, int depth) {
  std::uint32_t below_iterators = static_cast<std::uint32_t>(depth + 1);
  switch (kind) {
    case ComprehensionKind::Generator:
      visit_expr(elt);
      emit_yield();
      emit(Opcode::POP_TOP);
      break;
    case ComprehensionKind::List:
      visit_expr(elt);
      emit(Opcode::LIST_APPEND, below_iterators);
      break;
    case ComprehensionKind::Set:
      visit_expr(elt);
      emit(Opcode::SET_ADD, below_iterators);
      break;
    case ComprehensionKind::Dict:
      visit_expr(elt);
      visit_expr(value);
      emit(Opcode::MAP_ADD, below_iterators);
      break;
    case ComprehensionKind::None:
      break;
  }
}

void Compiler::sync_comprehension_generator(const Seq<Comprehension*>& generators, std::size_t index, int depth,
                                            const Expr* elt, const Expr* value, ComprehensionKind kind) {
  const Comprehension* gen = generators[index];
  int start = new_block();
  int if_cleanup = new_block();
  int anchor = new_block();
  bool loops = true;
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);  // `.0`
  } else {
    // `for y in [expr]` is an assignment, not a loop.
    const Seq<Expr*>* elts = nullptr;
    if (const auto* l = gen->iter->try_as<List>()) elts = &l->elts;
    if (const auto* t = gen->iter->try_as<Tuple>()) elts = &t->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
      visit_expr((*elts)[0]);
      loops = false;
    } else {
      visit_expr(gen->iter);
      emit(Opcode::GET_ITER);
    }
  }
  if (loops) {
    depth++;
    use_block(start);
    emit_jump(Opcode::FOR_ITER, anchor);
  }
  visit_expr(gen->target);
  for (const Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < generators.size()) {
    comprehension_generator(generators, index + 1, depth, elt, value, kind);
  } else {
    comprehension_element(elt, value, kind, depth);
  }
  use_block(if_cleanup);
  if (loops) {
    emit_jump(Opcode::JUMP, start);
    use_block(anchor);
  }
}

void Compiler::async_comprehension_generator(const Seq<Comprehension*>& generators, std::size_t index, int depth,
                                             const Expr* elt, const Expr* value, ComprehensionKind kind) {
  const Comprehension* gen = generators[index];
  int start = new_block();
  int except = new_block();
  int if_cleanup = new_block();
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    emit(Opcode::GET_AITER);
  }
  use_block(start);
  push_fblock({FrameKind::AsyncComprehensionGenerator, start});
  emit_jump(kSetupFinally, except);
  emit(Opcode::GET_ANEXT);
  load_none();
  add_yield_from();
  emit(kPopBlock);
  visit_expr(gen->target);
  for (const Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  depth++;
  if (index + 1 < generators.size()) {
    comprehension_generator(generators, index + 1, depth, elt, value, kind);
  } else {
    comprehension_element(elt, value, kind, depth);
  }
  use_block(if_cleanup);
  emit_jump(Opcode::JUMP, start);
  pop_fblock(FrameKind::AsyncComprehensionGenerator);
  use_block(except);
  emit(Opcode::END_ASYNC_FOR);
}

}  // namespace py::compiler
