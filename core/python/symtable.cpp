#include "python/symtable.hpp"

#include <algorithm>
#include <set>

namespace py {

namespace flag = symbol_flag;
using namespace ast;

const Symbol* SymbolScope::find(std::string_view name) const {
  auto it = index.find(std::string(name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

NameScope SymbolScope::scope_of(std::string_view name) const {
  const Symbol* s = find(name);
  return s ? s->scope : NameScope::Unknown;
}

std::uint32_t SymbolScope::flags_of(std::string_view name) const {
  const Symbol* s = find(name);
  return s ? s->flags : 0;
}

Symbol& SymbolScope::symbol(const std::string& name) {
  auto [it, added] = index.emplace(name, symbols.size());
  if (added) symbols.push_back(Symbol{name});
  return symbols[it->second];
}

const SymbolScope* SymbolTable::lookup(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  bool dunder = name.size() >= 4 && name.substr(name.size() - 2) == "__";
  if (dunder || name.find('.') != std::string_view::npos) return std::string(name);
  std::size_t strip = class_name.find_first_not_of('_');
  if (strip == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += class_name.substr(strip);
  out += name;
  return out;
}

namespace {

struct SymtableError {};  // unwinds the walk once an error is recorded

using NameSet = std::set<std::string>;

}  // namespace

// The two passes of symtable.c: the walk (visit_*) and the analysis (analyze_*).
class SymbolTableBuilder {
 public:
  explicit SymbolTableBuilder(const SourceText& source) : source_(source), table_(std::make_unique<SymbolTable>()) {}

  SymbolTableResult run(const Module& module) {
    SymbolTableResult result;
    try {
      enter_block(BlockType::Module, "top", &module, Location{});
      future_annotations_ = has_future_annotations(module);
      visit_body(module.body);
      exit_block();
      NameSet free, global;
      analyze_block(*table_->scopes_.front(), nullptr, free, global);
    } catch (const SymtableError&) {
      result.error = std::move(error_);
      return result;
    }
    result.table = std::move(table_);
    return result;
  }

 private:
  // ---- errors: symtable.c locates them at a node, in byte columns + 1 ----
  [[noreturn]] void fail(const Location& loc, std::string message) {
    SyntaxErrorInfo e;
    e.message = std::move(message);
    e.line = loc.line;
    e.column = loc.col + 1;
    e.end_line = loc.end_line;
    e.end_column = loc.end_col + 1;
    e.text = source_.line_as_error_text(loc.line);
    error_ = std::move(e);
    throw SymtableError{};
  }
  static std::string quoted(const char* before, std::string_view name, const char* after) {
    return std::string(before) + "'" + std::string(name) + "'" + after;
  }

  static bool has_future_annotations(const Module& module) {
    for (const Stmt* s : module.body) {
      const auto* from = s->try_as<ImportFrom>();
      if (!from || from->module != "__future__") continue;
      for (const Alias* a : from->names) {
        if (a->name == "annotations") return true;
      }
    }
    return false;
  }

  // ---- blocks ----
  SymbolScope& cur() { return *stack_.back(); }

  void enter_block(BlockType type, std::string name, const void* node, const Location& loc) {
    auto scope = std::make_unique<SymbolScope>();
    scope->type = type;
    scope->name = std::move(name);
    scope->location = loc;
    if (!stack_.empty()) {
      SymbolScope& prev = cur();
      scope->nested = prev.nested || prev.type == BlockType::Function;
      scope->comp_iter_expr = prev.comp_iter_expr;
      prev.children.push_back(scope.get());
    }
    stack_.push_back(scope.get());
    table_->by_node_[node] = scope.get();
    table_->scopes_.push_back(std::move(scope));
  }
  void exit_block() { stack_.pop_back(); }

  // ---- definitions (symtable_add_def) ----
  void add_def(std::string_view name, std::uint32_t flags, const Location& loc) {
    add_def_in(cur(), name, flags, loc);
  }

  void add_def_in(SymbolScope& scope, std::string_view name, std::uint32_t flags, const Location& loc) {
    std::string mangled = mangle(private_, name);
    Symbol& symbol = scope.symbol(mangled);
    std::uint32_t value = symbol.flags | flags;
    if (scope.comp_iter_target) {
      if (value & (flag::kGlobal | flag::kNonlocal)) {
        fail(loc, quoted("comprehension inner loop cannot rebind assignment expression target ", mangled, ""));
      }
      value |= flag::kCompIter;
    }
    symbol.flags = value;
    if (flags & flag::kParam) {
      scope.varnames.push_back(mangled);
    } else if (flags & flag::kGlobal) {
      Symbol& global = table_->scopes_.front()->symbol(mangled);
      global.flags |= flags;
    }
  }

  void record_directive(std::string_view name, const Location& loc) {
    cur().directives.push_back({mangle(private_, name), loc});
  }

  // ---- statements ----
  void visit_body(const Seq<Stmt*>& body) {
    for (const Stmt* s : body) visit_stmt(s);
  }
  void visit_exprs(const Seq<Expr*>& exprs) {
    for (const Expr* e : exprs) visit_expr(e);
  }
  void visit_optional(const Expr* e) {
    if (e) visit_expr(e);
  }

  void visit_stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        const auto* f = s->as<FunctionDef>();
        add_def(f->name, flag::kLocal, s->loc);
        visit_defaults(f->args);
        visit_annotations(f->args, f->returns);
        visit_exprs(f->decorator_list);
        enter_block(BlockType::Function, std::string(f->name), s, s->loc);
        if (f->is_async()) cur().coroutine = true;
        visit_params(f->args);
        visit_body(f->body);
        exit_block();
        break;
      }
      case StmtKind::ClassDef: {
        const auto* c = s->as<ClassDef>();
        add_def(c->name, flag::kLocal, s->loc);
        visit_exprs(c->bases);
        for (const Keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        enter_block(BlockType::Class, std::string(c->name), s, s->loc);
        std::string saved = std::exchange(private_, std::string(c->name));
        visit_body(c->body);
        private_ = std::move(saved);
        exit_block();
        break;
      }
      case StmtKind::Return: {
        const auto* r = s->as<Return>();
        if (r->value) {
          visit_expr(r->value);
          cur().returns_value = true;
        }
        break;
      }
      case StmtKind::Delete:
        visit_exprs(s->as<Delete>()->targets);
        break;
      case StmtKind::Assign:
        visit_exprs(s->as<Assign>()->targets);
        visit_expr(s->as<Assign>()->value);
        break;
      case StmtKind::AugAssign:
        visit_expr(s->as<AugAssign>()->target);
        visit_expr(s->as<AugAssign>()->value);
        break;
      case StmtKind::AnnAssign:
        visit_ann_assign(s, s->as<AnnAssign>());
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        const auto* f = s->as<For>();
        visit_expr(f->target);
        visit_expr(f->iter);
        visit_body(f->body);
        visit_body(f->orelse);
        break;
      }
      case StmtKind::While:
        visit_expr(s->as<While>()->test);
        visit_body(s->as<While>()->body);
        visit_body(s->as<While>()->orelse);
        break;
      case StmtKind::If:
        visit_expr(s->as<If>()->test);
        visit_body(s->as<If>()->body);
        visit_body(s->as<If>()->orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (const WithItem* item : s->as<With>()->items) {
          visit_expr(item->context_expr);
          visit_optional(item->optional_vars);
        }
        visit_body(s->as<With>()->body);
        break;
      case StmtKind::Raise:
        visit_optional(s->as<Raise>()->exc);
        visit_optional(s->as<Raise>()->cause);
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const auto* t = s->as<Try>();
        visit_body(t->body);
        visit_body(t->orelse);
        for (const ExceptHandler* h : t->handlers) {
          visit_optional(h->type);
          if (!h->name.empty()) add_def(h->name, flag::kLocal, h->loc);
          visit_body(h->body);
        }
        visit_body(t->finalbody);
        break;
      }
      case StmtKind::Assert:
        visit_expr(s->as<Assert>()->test);
        visit_optional(s->as<Assert>()->msg);
        break;
      case StmtKind::Import:
        for (const Alias* a : s->as<Import>()->names) visit_alias(a);
        break;
      case StmtKind::ImportFrom:
        for (const Alias* a : s->as<ImportFrom>()->names) visit_alias(a);
        break;
      case StmtKind::Global:
        for (std::string_view name : s->as<Global>()->names) declare(s, name, /*global=*/true);
        break;
      case StmtKind::Nonlocal:
        for (std::string_view name : s->as<Nonlocal>()->names) declare(s, name, /*global=*/false);
        break;
      case StmtKind::Expr:
        visit_expr(s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  // `global x` / `nonlocal x`: the name must not be seen earlier in the block.
  void declare(const Stmt* s, std::string_view name, bool global) {
    std::uint32_t current = cur().flags_of(mangle(private_, name));
    if (current & (flag::kParam | flag::kLocal | flag::kUse | flag::kAnnot)) {
      const char* kind = global ? "global" : "nonlocal";
      std::string message;
      if (current & flag::kParam) {
        message = quoted("name ", name, " is parameter and ") + kind;
      } else if (current & flag::kUse) {
        message = quoted("name ", name, " is used prior to ") + kind + " declaration";
      } else if (current & flag::kAnnot) {
        message = quoted("annotated name ", name, " can't be ") + kind;
      } else {
        message = quoted("name ", name, " is assigned to before ") + kind + " declaration";
      }
      fail(s->loc, message);
    }
    add_def(name, global ? flag::kGlobal : flag::kNonlocal, s->loc);
    record_directive(name, s->loc);
  }

  void visit_ann_assign(const Stmt* s, const AnnAssign* a) {
    if (const auto* target = a->target->try_as<Name>()) {
      std::uint32_t current = cur().flags_of(mangle(private_, target->id));
      bool module_level = &cur() == table_->scopes_.front().get();
      if ((current & (flag::kGlobal | flag::kNonlocal)) && !module_level && a->simple) {
        const char* kind = (current & flag::kGlobal) ? "global" : "nonlocal";
        fail(s->loc, quoted("annotated name ", target->id, " can't be ") + kind);
      }
      if (a->simple) {
        add_def(target->id, flag::kAnnot | flag::kLocal, target->loc);
      } else if (a->value) {
        add_def(target->id, flag::kLocal, target->loc);
      }
    } else {
      visit_expr(a->target);
    }
    visit_annotation(a->annotation);
    visit_optional(a->value);
  }

  void visit_alias(const Alias* a) {
    std::string_view stored = a->asname.empty() ? a->name : a->asname;
    stored = stored.substr(0, stored.find('.'));
    if (stored == "*") {
      if (cur().type != BlockType::Module) fail(a->loc, "import * only allowed at module level");
      return;
    }
    add_def(stored, flag::kImport, a->loc);
  }

  // ---- functions ----
  void visit_defaults(const Arguments* args) {
    visit_exprs(args->defaults);
    for (const Expr* d : args->kw_defaults) visit_optional(d);
  }

  // Under `from __future__ import annotations` annotations are strings, so their names are no uses.
  void visit_annotation(const Expr* annotation) {
    if (!future_annotations_) visit_expr(annotation);
  }

  void visit_annotations(const Arguments* args, const Expr* returns) {
    auto visit_arg = [&](const Arg* a) {
      if (a && a->annotation) visit_annotation(a->annotation);
    };
    for (const Arg* a : args->posonlyargs) visit_arg(a);
    for (const Arg* a : args->args) visit_arg(a);
    visit_arg(args->vararg);
    for (const Arg* a : args->kwonlyargs) visit_arg(a);
    visit_arg(args->kwarg);
    if (returns) visit_annotation(returns);
  }

  void visit_params(const Arguments* args) {
    for (const Arg* a : args->posonlyargs) add_def(a->name, flag::kParam, a->loc);
    for (const Arg* a : args->args) add_def(a->name, flag::kParam, a->loc);
    for (const Arg* a : args->kwonlyargs) add_def(a->name, flag::kParam, a->loc);
    if (args->vararg) {
      add_def(args->vararg->name, flag::kParam, args->vararg->loc);
      cur().varargs = true;
    }
    if (args->kwarg) {
      add_def(args->kwarg->name, flag::kParam, args->kwarg->loc);
      cur().varkeywords = true;
    }
  }

  // ---- expressions ----
  void visit_expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::NamedExpr:
        visit_named_expr(e->as<NamedExpr>());
        break;
      case ExprKind::BoolOp:
        visit_exprs(e->as<BoolOp>()->values);
        break;
      case ExprKind::BinOp:
        visit_expr(e->as<BinOp>()->left);
        visit_expr(e->as<BinOp>()->right);
        break;
      case ExprKind::UnaryOp:
        visit_expr(e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda: {
        const auto* l = e->as<Lambda>();
        visit_defaults(l->args);
        enter_block(BlockType::Function, "lambda", e, e->loc);
        visit_params(l->args);
        visit_expr(l->body);
        exit_block();
        break;
      }
      case ExprKind::IfExp:
        visit_expr(e->as<IfExp>()->test);
        visit_expr(e->as<IfExp>()->body);
        visit_expr(e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict:
        for (const Expr* k : e->as<Dict>()->keys) visit_optional(k);
        visit_exprs(e->as<Dict>()->values);
        break;
      case ExprKind::Set:
        visit_exprs(e->as<Set>()->elts);
        break;
      case ExprKind::GeneratorExp:
        visit_comprehension(e, "genexpr", ComprehensionKind::Generator, e->as<GeneratorExp>()->generators,
                            e->as<GeneratorExp>()->elt, nullptr);
        break;
      case ExprKind::ListComp:
        visit_comprehension(e, "listcomp", ComprehensionKind::List, e->as<ListComp>()->generators,
                            e->as<ListComp>()->elt, nullptr);
        break;
      case ExprKind::SetComp:
        visit_comprehension(e, "setcomp", ComprehensionKind::Set, e->as<SetComp>()->generators,
                            e->as<SetComp>()->elt, nullptr);
        break;
      case ExprKind::DictComp:
        visit_comprehension(e, "dictcomp", ComprehensionKind::Dict, e->as<DictComp>()->generators,
                            e->as<DictComp>()->key, e->as<DictComp>()->value);
        break;
      case ExprKind::Yield:
        visit_optional(e->as<Yield>()->value);
        cur().generator = true;
        break;
      case ExprKind::YieldFrom:
        visit_expr(e->as<YieldFrom>()->value);
        cur().generator = true;
        break;
      case ExprKind::Await:
        visit_expr(e->as<Await>()->value);
        cur().coroutine = true;
        break;
      case ExprKind::Compare:
        visit_expr(e->as<Compare>()->left);
        visit_exprs(e->as<Compare>()->comparators);
        break;
      case ExprKind::Call:
        visit_expr(e->as<Call>()->func);
        visit_exprs(e->as<Call>()->args);
        for (const Keyword* k : e->as<Call>()->keywords) visit_expr(k->value);
        break;
      case ExprKind::FormattedValue:
        visit_expr(e->as<FormattedValue>()->value);
        visit_optional(e->as<FormattedValue>()->format_spec);
        break;
      case ExprKind::JoinedStr:
        visit_exprs(e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        visit_expr(e->as<Attribute>()->value);
        break;
      case ExprKind::Subscript:
        visit_expr(e->as<Subscript>()->value);
        visit_expr(e->as<Subscript>()->slice);
        break;
      case ExprKind::Starred:
        visit_expr(e->as<Starred>()->value);
        break;
      case ExprKind::Slice:
        visit_optional(e->as<Slice>()->lower);
        visit_optional(e->as<Slice>()->upper);
        visit_optional(e->as<Slice>()->step);
        break;
      case ExprKind::Name: {
        const auto* n = e->as<Name>();
        add_def(n->id, n->ctx == ExprContext::Load ? flag::kUse : flag::kLocal, e->loc);
        // super() reads the __class__ cell.
        if (n->ctx == ExprContext::Load && cur().type == BlockType::Function && n->id == "super") {
          add_def("__class__", flag::kUse, e->loc);
        }
        break;
      }
      case ExprKind::List:
        visit_exprs(e->as<List>()->elts);
        break;
      case ExprKind::Tuple:
        visit_exprs(e->as<Tuple>()->elts);
        break;
    }
  }

  void visit_named_expr(const NamedExpr* e) {
    if (cur().comp_iter_expr > 0) {
      fail(e->loc, "assignment expression cannot be used in a comprehension iterable expression");
    }
    if (cur().comprehension != ComprehensionKind::None) extend_named_expr_scope(e->target->as<Name>());
    visit_expr(e->value);
    visit_expr(e->target);
  }

  // A walrus in a comprehension binds in the nearest enclosing function (or the module).
  void extend_named_expr_scope(const Name* target) {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      SymbolScope& scope = **it;
      if (scope.comprehension != ComprehensionKind::None) {
        if (scope.flags_of(mangle(private_, target->id)) & flag::kCompIter) {
          fail(target->loc, quoted("assignment expression cannot rebind comprehension iteration variable ",
                                   target->id, ""));
        }
        continue;
      }
      if (scope.type == BlockType::Function) {
        bool global = scope.flags_of(mangle(private_, target->id)) & flag::kGlobal;
        add_def(target->id, global ? flag::kGlobal : flag::kNonlocal, target->loc);
        record_directive(target->id, target->loc);
        add_def_in(scope, target->id, flag::kLocal, target->loc);
        return;
      }
      if (scope.type == BlockType::Module) {
        add_def(target->id, flag::kGlobal, target->loc);
        record_directive(target->id, target->loc);
        add_def_in(scope, target->id, flag::kGlobal, target->loc);
        return;
      }
      fail(target->loc, "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void visit_comprehension(const Expr* e, const char* name, ComprehensionKind kind,
                           const Seq<Comprehension*>& generators, const Expr* elt, const Expr* value) {
    const Comprehension* outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    cur().comp_iter_expr++;
    visit_expr(outermost->iter);
    cur().comp_iter_expr--;
    enter_block(BlockType::Function, name, e, e->loc);
    SymbolScope& scope = cur();
    scope.comprehension = kind;
    if (outermost->is_async) scope.coroutine = true;
    add_def(".0", flag::kParam, e->loc);  // the outermost iterator, passed as an argument
    scope.comp_iter_target = true;
    visit_expr(outermost->target);
    scope.comp_iter_target = false;
    visit_exprs(outermost->ifs);
    for (std::size_t i = 1; i < generators.size(); i++) {
      const Comprehension* g = generators[i];
      scope.comp_iter_target = true;
      visit_expr(g->target);
      scope.comp_iter_target = false;
      scope.comp_iter_expr++;
      visit_expr(g->iter);
      scope.comp_iter_expr--;
      visit_exprs(g->ifs);
      if (g->is_async) scope.coroutine = true;
    }
    visit_optional(value);
    visit_expr(elt);
    bool is_generator = kind == ComprehensionKind::Generator;
    scope.generator = is_generator;
    bool awaits = scope.coroutine && !is_generator;
    exit_block();
    // A list/set/dict comprehension that awaits makes its caller await it too.
    if (awaits) cur().coroutine = true;
  }

  // ---- analysis (analyze_block and friends) ----
  void fail_at_directive(const SymbolScope& scope, const std::string& name, std::string message) {
    for (const auto& d : scope.directives) {
      if (d.name == name) fail(d.location, std::move(message));
    }
    fail(scope.location, std::move(message));
  }

  void analyze_name(SymbolScope& scope, Symbol& symbol, const NameSet* bound, NameSet& local, NameSet& free,
                    NameSet& global) {
    const std::string& name = symbol.name;
    std::uint32_t flags = symbol.flags;
    if (flags & flag::kGlobal) {
      if (flags & flag::kNonlocal) fail_at_directive(scope, name, quoted("name ", name, " is nonlocal and global"));
      symbol.scope = NameScope::GlobalExplicit;
      global.insert(name);
      if (bound) const_cast<NameSet*>(bound)->erase(name);
      return;
    }
    if (flags & flag::kNonlocal) {
      if (!bound) fail_at_directive(scope, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name)) fail_at_directive(scope, name, quoted("no binding for nonlocal ", name, " found"));
      symbol.scope = NameScope::Free;
      scope.has_free = true;
      free.insert(name);
      return;
    }
    if (flags & flag::kBound) {
      symbol.scope = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    // Bound by an enclosing function: free here. (Only nested blocks have `bound`.)
    if (bound && bound->count(name)) {
      symbol.scope = NameScope::Free;
      scope.has_free = true;
      free.insert(name);
      return;
    }
    if (scope.nested) scope.has_free = true;
    symbol.scope = NameScope::GlobalImplicit;
  }

  // `bound`: names bound by enclosing functions (null for the module); `free`: receives the free
  // names of this block and its children; `global`: names declared global by enclosing blocks.
  void analyze_block(SymbolScope& scope, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, new_bound, new_free, new_global;
    if (scope.type == BlockType::Class) {
      // Class bodies do not bind names for nested functions.
      new_global = global;
      if (bound) new_bound = *bound;
    }
    for (Symbol& symbol : scope.symbols) analyze_name(scope, symbol, bound, local, free, global);
    if (scope.type != BlockType::Class) {
      if (scope.type == BlockType::Function) new_bound.insert(local.begin(), local.end());
      if (bound) new_bound.insert(bound->begin(), bound->end());
      new_global.insert(global.begin(), global.end());
    } else {
      new_bound.insert("__class__");  // methods see the class's implicit __class__ cell
    }
    NameSet all_free;
    for (SymbolScope* child : scope.children) {
      NameSet child_bound = new_bound, child_free = new_free, child_global = new_global;
      analyze_block(*child, &child_bound, child_free, child_global);
      all_free.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) scope.child_free = true;
    }
    new_free.insert(all_free.begin(), all_free.end());
    if (scope.type == BlockType::Function) {
      // Locals that children capture become cells.
      for (Symbol& symbol : scope.symbols) {
        if (symbol.scope == NameScope::Local && new_free.erase(symbol.name)) symbol.scope = NameScope::Cell;
      }
    } else if (scope.type == BlockType::Class && new_free.erase("__class__")) {
      scope.needs_class_closure = true;
    }
    update_symbols(scope, bound, new_free);
    free.insert(new_free.begin(), new_free.end());
  }

  // Records the free variables of children that pass through this block.
  static void update_symbols(SymbolScope& scope, const NameSet* bound, const NameSet& free) {
    for (const std::string& name : free) {
      if (Symbol* symbol = const_cast<Symbol*>(scope.find(name))) {
        // A method's free variable that the class body also binds: free *and* local in the class.
        if (scope.type == BlockType::Class && (symbol->flags & (flag::kBound | flag::kGlobal))) {
          symbol->flags |= flag::kFreeClass;
        }
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      Symbol& passed = scope.symbol(name);
      passed.scope = NameScope::Free;
    }
  }

  const SourceText& source_;
  std::unique_ptr<SymbolTable> table_;
  std::vector<SymbolScope*> stack_;
  std::string private_;  // the enclosing class's name, for mangling
  bool future_annotations_ = false;
  SyntaxErrorInfo error_;
};

SymbolTableResult build_symbol_table(const Module& module, const SourceText& source) {
  return SymbolTableBuilder(source).run(module);
}

}  // namespace py
