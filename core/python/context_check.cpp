#include "python/context_check.hpp"

#include <string>
#include <vector>

namespace py {

namespace {

using namespace ast;

enum class ScopeKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };
enum class Phase { Symtable, Compiler };

struct Found {};  // unwinds the walk once an error is recorded

class ContextChecker {
 public:
  explicit ContextChecker(const SourceText& source) : source_(source) {}

  std::optional<SyntaxErrorInfo> run(const Module& module) {
    try {
      check_future_imports(module);
      phase_ = Phase::Symtable;
      walk_module(module);
      phase_ = Phase::Compiler;
      walk_module(module);
    } catch (const Found&) {
      return error_;
    }
    return std::nullopt;
  }

 private:
  struct Scope {
    ScopeKind kind;
    bool in_loop = false;
    bool has_yield = false;   // async generator detection ('return' with value)
    const Expr* comprehension = nullptr;
  };

  // ---- errors: compile.c/symtable.c locate errors at the node, in byte columns + 1 ----
  [[noreturn]] void report(const Location& loc, std::string message) {
    SyntaxErrorInfo e;
    e.message = std::move(message);
    e.line = loc.line;
    e.column = loc.col + 1;
    e.end_line = loc.end_line;
    e.end_column = loc.end_col + 1;
    e.text = source_.line_as_error_text(loc.line);
    error_ = std::move(e);
    throw Found{};
  }

  bool compiler() const { return phase_ == Phase::Compiler; }
  bool symtable() const { return phase_ == Phase::Symtable; }
  Scope& scope() { return scopes_.back(); }

  // ---- future.c ----
  void check_future_imports(const Module& module) {
    static const char* const kFeatures[] = {"nested_scopes",    "generators",     "division",
                                            "absolute_import",  "with_statement", "print_function",
                                            "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                            "annotations"};
    bool leading = true;
    for (std::size_t i = 0; i < module.body.size(); i++) {
      const Stmt* s = module.body[i];
      const auto* from = s->try_as<ImportFrom>();
      if (from && from->module == "__future__" && leading) {
        leading_futures_.push_back(s);
        for (const Alias* alias : from->names) {
          bool known = false;
          for (const char* feature : kFeatures) known = known || alias->name == feature;
          if (known) continue;
          std::string message =
              alias->name == "braces" ? "not a chance" : "future feature " + std::string(alias->name) + " is not defined";
          SyntaxErrorInfo e;
          e.message = std::move(message);
          e.line = e.end_line = s->loc.line;
          e.column = s->loc.col + 1;
          e.end_column = -1;
          e.text = source_.line_as_error_text(s->loc.line);
          error_ = std::move(e);
          throw Found{};
        }
        continue;
      }
      bool docstring = i == 0 && s->kind == StmtKind::Expr && s->as<ExprStmt>()->value->kind == ExprKind::Constant &&
                       s->as<ExprStmt>()->value->as<Constant>()->value_kind == ConstantKind::Str;
      if (!docstring) leading = false;
    }
  }

  // ---- walking ----
  void walk_module(const Module& module) {
    scopes_.clear();
    scopes_.push_back({ScopeKind::Module});
    walk_body(module.body);
  }

  void walk_body(const Seq<Stmt*>& body) {
    for (const Stmt* s : body) walk_stmt(s);
  }

  void walk_exprs(const Seq<Expr*>& exprs) {
    for (const Expr* e : exprs) walk_expr(e);
  }

  void walk_arguments_defaults(const Arguments* args) {
    walk_exprs(args->defaults);
    for (const Expr* d : args->kw_defaults) {
      if (d) walk_expr(d);
    }
  }

  void walk_annotations(const Arguments* args) {
    auto annotate = [&](const Arg* a) {
      if (a && a->annotation) walk_expr(a->annotation);
    };
    for (const Arg* a : args->posonlyargs) annotate(a);
    for (const Arg* a : args->args) annotate(a);
    if (args->vararg && args->vararg->annotation) walk_expr(args->vararg->annotation, /*starred_ok=*/true);  // *args: *Ts
    for (const Arg* a : args->kwonlyargs) annotate(a);
    annotate(args->kwarg);
  }

  // symtable_visit_arguments: posonly, args, kwonly, vararg, kwarg.
  void check_duplicate_parameters(const Arguments* args) {
    if (!symtable()) return;
    std::vector<const Arg*> all;
    for (const Arg* a : args->posonlyargs) all.push_back(a);
    for (const Arg* a : args->args) all.push_back(a);
    for (const Arg* a : args->kwonlyargs) all.push_back(a);
    if (args->vararg) all.push_back(args->vararg);
    if (args->kwarg) all.push_back(args->kwarg);
    for (std::size_t i = 0; i < all.size(); i++) {
      for (std::size_t j = 0; j < i; j++) {
        if (all[i]->name == all[j]->name) {
          report(all[i]->loc, "duplicate argument '" + std::string(all[i]->name) + "' in function definition");
        }
      }
    }
  }

  static bool contains_yield(const Seq<Stmt*>& body);

  void walk_stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        const auto* f = s->as<FunctionDef>();
        walk_exprs(f->decorator_list);
        walk_arguments_defaults(f->args);
        walk_annotations(f->args);
        if (f->returns) walk_expr(f->returns);
        Scope inner{f->is_async() ? ScopeKind::AsyncFunction : ScopeKind::Function};
        inner.has_yield = f->is_async() && contains_yield(f->body);
        scopes_.push_back(inner);
        check_duplicate_parameters(f->args);
        walk_body(f->body);
        scopes_.pop_back();
        return;
      }
      case StmtKind::ClassDef: {
        const auto* c = s->as<ClassDef>();
        walk_exprs(c->decorator_list);
        if (compiler()) check_keywords(c->keywords);
        for (const Expr* b : c->bases) walk_expr(b, /*starred_ok=*/true);
        for (const Keyword* k : c->keywords) walk_expr(k->value);
        scopes_.push_back({ScopeKind::Class});
        walk_body(c->body);
        scopes_.pop_back();
        return;
      }
      case StmtKind::Return: {
        const auto* r = s->as<Return>();
        if (compiler()) {
          ScopeKind k = scope().kind;
          if (k != ScopeKind::Function && k != ScopeKind::AsyncFunction) report(s->loc, "'return' outside function");
          if (k == ScopeKind::AsyncFunction && r->value && scope().has_yield) {
            report(s->loc, "'return' with value in async generator");
          }
        }
        if (r->value) walk_expr(r->value);
        return;
      }
      case StmtKind::Delete:
        walk_exprs(s->as<Delete>()->targets);
        return;
      case StmtKind::Assign: {
        const auto* a = s->as<Assign>();
        for (const Expr* t : a->targets) walk_target(t);
        walk_expr(a->value);
        return;
      }
      case StmtKind::AugAssign: {
        const auto* a = s->as<AugAssign>();
        walk_expr(a->target);
        walk_expr(a->value);
        return;
      }
      case StmtKind::AnnAssign: {
        const auto* a = s->as<AnnAssign>();
        walk_target(a->target);
        walk_expr(a->annotation);
        if (a->value) walk_expr(a->value);
        return;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        const auto* f = s->as<For>();
        if (compiler() && f->is_async() && scope().kind != ScopeKind::AsyncFunction) {
          report(s->loc, "'async for' outside async function");
        }
        walk_target(f->target);
        walk_expr(f->iter);
        walk_loop_body(f->body);
        walk_body(f->orelse);
        return;
      }
      case StmtKind::While: {
        const auto* w = s->as<While>();
        walk_expr(w->test);
        walk_loop_body(w->body);
        walk_body(w->orelse);
        return;
      }
      case StmtKind::If: {
        // Iterative over elif chains: they nest in `orelse`.
        const If* node = s->as<If>();
        for (;;) {
          walk_expr(node->test);
          walk_body(node->body);
          if (node->orelse.size() == 1 && node->orelse[0]->kind == StmtKind::If) {
            node = node->orelse[0]->as<If>();
            continue;
          }
          walk_body(node->orelse);
          return;
        }
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        const auto* w = s->as<With>();
        if (compiler() && w->is_async() && scope().kind != ScopeKind::AsyncFunction) {
          report(s->loc, "'async with' outside async function");
        }
        for (const WithItem* item : w->items) {
          walk_expr(item->context_expr);
          if (item->optional_vars) walk_target(item->optional_vars);
        }
        walk_body(w->body);
        return;
      }
      case StmtKind::Raise: {
        const auto* r = s->as<Raise>();
        if (r->exc) walk_expr(r->exc);
        if (r->cause) walk_expr(r->cause);
        return;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const auto* t = s->as<Try>();
        walk_body(t->body);
        for (std::size_t i = 0; i < t->handlers.size(); i++) {
          const ExceptHandler* h = t->handlers[i];
          if (compiler() && !h->type && i + 1 < t->handlers.size()) report(h->loc, "default 'except:' must be last");
          if (h->type) walk_expr(h->type);
          walk_body(h->body);
        }
        walk_body(t->orelse);
        walk_body(t->finalbody);
        return;
      }
      case StmtKind::Assert: {
        const auto* a = s->as<Assert>();
        walk_expr(a->test);
        if (a->msg) walk_expr(a->msg);
        return;
      }
      case StmtKind::ImportFrom:
        if (compiler() && s->as<ImportFrom>()->module == "__future__" && !is_leading_future(s)) {
          report(s->loc, "from __future__ imports must occur at the beginning of the file");
        }
        return;
      case StmtKind::Nonlocal:
        if (symtable() && scope().kind == ScopeKind::Module) {
          report(s->loc, "nonlocal declaration not allowed at module level");
        }
        return;
      case StmtKind::Expr:
        walk_expr(s->as<ExprStmt>()->value);
        return;
      case StmtKind::Break:
        if (compiler() && !scope().in_loop) report(s->loc, "'break' outside loop");
        return;
      case StmtKind::Continue:
        if (compiler() && !scope().in_loop) report(s->loc, "'continue' not properly in loop");
        return;
      case StmtKind::Import:
      case StmtKind::Global:
      case StmtKind::Pass:
        return;
    }
  }

  void walk_loop_body(const Seq<Stmt*>& body) {
    bool saved = scope().in_loop;
    scope().in_loop = true;
    walk_body(body);
    scope().in_loop = saved;
  }

  bool is_leading_future(const Stmt* s) const {
    for (const Stmt* f : leading_futures_) {
      if (f == s) return true;
    }
    return false;
  }

  // Assignment targets: a lone starred target, or two starred in one sequence, do not compile.
  void walk_target(const Expr* t) {
    if (compiler() && t->kind == ExprKind::Starred) {
      report(t->loc, "starred assignment target must be in a list or tuple");
    }
    walk_expr(t);
  }

  void check_starred_sequence(const Expr* e, const Seq<Expr*>& elts, ExprContext ctx) {
    if (!compiler() || ctx != ExprContext::Store) return;
    int starred = 0;
    for (const Expr* elt : elts) starred += elt->kind == ExprKind::Starred;
    if (starred > 1) report(e->loc, "multiple starred expressions in assignment");
  }

  void check_keywords(const Seq<Keyword*>& keywords) {
    for (std::size_t i = 0; i < keywords.size(); i++) {
      if (keywords[i]->arg.empty()) continue;
      for (std::size_t j = i + 1; j < keywords.size(); j++) {
        if (keywords[j]->arg == keywords[i]->arg) {
          report(keywords[j]->loc, "keyword argument repeated: " + std::string(keywords[i]->arg));
        }
      }
    }
  }

  static const char* comprehension_name(const Expr* e) {
    switch (e->kind) {
      case ExprKind::ListComp: return "list comprehension";
      case ExprKind::SetComp: return "set comprehension";
      case ExprKind::DictComp: return "dict comprehension";
      default: return "generator expression";
    }
  }

  // Whether a comprehension's own scope awaits (which makes it asynchronous).
  static bool awaits_in(const Expr* e);

  void walk_comprehension(const Expr* e, const Seq<Comprehension*>& generators, const Expr* elt, const Expr* value) {
    // The first iterable is evaluated in the enclosing scope.
    walk_expr(generators[0]->iter);
    bool is_async = false;
    for (const Comprehension* c : generators) is_async = is_async || c->is_async;
    if (!is_async) {
      is_async = awaits_in(elt) || (value && awaits_in(value));
      for (std::size_t i = 0; i < generators.size() && !is_async; i++) {
        if (i > 0 && awaits_in(generators[i]->iter)) is_async = true;
        for (const Expr* cond : generators[i]->ifs) is_async = is_async || awaits_in(cond);
      }
    }
    if (compiler() && is_async && e->kind != ExprKind::GeneratorExp) {
      ScopeKind outer = scope().kind;
      if (outer != ScopeKind::AsyncFunction && outer != ScopeKind::Comprehension) {
        report(e->loc, "asynchronous comprehension outside of an asynchronous function");
      }
    }
    Scope inner{ScopeKind::Comprehension};
    inner.comprehension = e;
    scopes_.push_back(inner);
    for (std::size_t i = 0; i < generators.size(); i++) {
      walk_expr(generators[i]->target);
      if (i > 0) walk_expr(generators[i]->iter);
      walk_exprs(generators[i]->ifs);
    }
    walk_expr(elt);
    if (value) walk_expr(value);
    scopes_.pop_back();
  }

  void walk_expr(const Expr* e, bool starred_ok = false) {
    switch (e->kind) {
      case ExprKind::BoolOp: walk_exprs(e->as<BoolOp>()->values); return;
      case ExprKind::NamedExpr:
        walk_expr(e->as<NamedExpr>()->value);
        return;
      case ExprKind::BinOp: {
        // Left-leaning chains are walked iteratively.
        const Expr* node = e;
        std::vector<const Expr*> rights;
        while (node->kind == ExprKind::BinOp) {
          rights.push_back(node->as<BinOp>()->right);
          node = node->as<BinOp>()->left;
        }
        walk_expr(node);
        for (std::size_t i = rights.size(); i-- > 0;) walk_expr(rights[i]);
        return;
      }
      case ExprKind::UnaryOp: walk_expr(e->as<UnaryOp>()->operand); return;
      case ExprKind::Lambda: {
        const auto* l = e->as<Lambda>();
        walk_arguments_defaults(l->args);
        scopes_.push_back({ScopeKind::Lambda});
        check_duplicate_parameters(l->args);
        walk_expr(l->body);
        scopes_.pop_back();
        return;
      }
      case ExprKind::IfExp: {
        const auto* i = e->as<IfExp>();
        walk_expr(i->body);
        walk_expr(i->test);
        walk_expr(i->orelse);
        return;
      }
      case ExprKind::Dict: {
        const auto* d = e->as<Dict>();
        for (std::size_t i = 0; i < d->keys.size(); i++) {
          if (d->keys[i]) walk_expr(d->keys[i]);
          walk_expr(d->values[i]);
        }
        return;
      }
      case ExprKind::Set:
        for (const Expr* elt : e->as<Set>()->elts) walk_expr(elt, true);
        return;
      case ExprKind::ListComp:
        walk_comprehension(e, e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
        return;
      case ExprKind::SetComp:
        walk_comprehension(e, e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr);
        return;
      case ExprKind::DictComp:
        walk_comprehension(e, e->as<DictComp>()->generators, e->as<DictComp>()->key, e->as<DictComp>()->value);
        return;
      case ExprKind::GeneratorExp:
        walk_comprehension(e, e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr);
        return;
      case ExprKind::Await: {
        if (compiler()) {
          ScopeKind k = scope().kind;
          if (k == ScopeKind::Module || k == ScopeKind::Class) report(e->loc, "'await' outside function");
          if (k == ScopeKind::Function || k == ScopeKind::Lambda) report(e->loc, "'await' outside async function");
        }
        walk_expr(e->as<Await>()->value);
        return;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        ScopeKind k = scope().kind;
        if (symtable() && k == ScopeKind::Comprehension) {
          report(e->loc, std::string("'yield' inside ") + comprehension_name(scope().comprehension));
        }
        if (compiler()) {
          if (k == ScopeKind::Module || k == ScopeKind::Class) report(e->loc, "'yield' outside function");
          if (e->kind == ExprKind::YieldFrom && k == ScopeKind::AsyncFunction) {
            report(e->loc, "'yield from' inside async function");
          }
        }
        const Expr* value = e->kind == ExprKind::Yield ? e->as<Yield>()->value : e->as<YieldFrom>()->value;
        if (value) walk_expr(value);
        return;
      }
      case ExprKind::Compare: {
        const auto* c = e->as<Compare>();
        walk_expr(c->left);
        walk_exprs(c->comparators);
        return;
      }
      case ExprKind::Call: {
        const auto* c = e->as<Call>();
        if (compiler()) check_keywords(c->keywords);
        walk_expr(c->func);
        for (const Expr* a : c->args) walk_expr(a, true);
        for (const Keyword* k : c->keywords) walk_expr(k->value);
        return;
      }
      case ExprKind::FormattedValue: {
        const auto* f = e->as<FormattedValue>();
        walk_expr(f->value);
        if (f->format_spec) walk_expr(f->format_spec);
        return;
      }
      case ExprKind::JoinedStr: walk_exprs(e->as<JoinedStr>()->values); return;
      case ExprKind::Constant:
      case ExprKind::Name:
        return;
      case ExprKind::Attribute: {
        const Expr* node = e;
        while (node->kind == ExprKind::Attribute) node = node->as<Attribute>()->value;
        walk_expr(node);
        return;
      }
      case ExprKind::Subscript: {
        const auto* s = e->as<Subscript>();
        walk_expr(s->value);
        if (s->slice->kind == ExprKind::Tuple) {
          for (const Expr* elt : s->slice->as<Tuple>()->elts) walk_expr(elt, true);
        } else {
          walk_expr(s->slice);
        }
        return;
      }
      case ExprKind::Starred: {
        const auto* s = e->as<Starred>();
        if (compiler() && !starred_ok) {
          report(e->loc, s->ctx == ExprContext::Store ? "starred assignment target must be in a list or tuple"
                                                      : "can't use starred expression here");
        }
        walk_expr(s->value);
        return;
      }
      case ExprKind::List: {
        const auto* l = e->as<List>();
        check_starred_sequence(e, l->elts, l->ctx);
        for (const Expr* elt : l->elts) walk_expr(elt, true);
        return;
      }
      case ExprKind::Tuple: {
        const auto* t = e->as<Tuple>();
        check_starred_sequence(e, t->elts, t->ctx);
        for (const Expr* elt : t->elts) walk_expr(elt, true);
        return;
      }
      case ExprKind::Slice: {
        const auto* s = e->as<Slice>();
        if (s->lower) walk_expr(s->lower);
        if (s->upper) walk_expr(s->upper);
        if (s->step) walk_expr(s->step);
        return;
      }
    }
  }

  const SourceText& source_;
  Phase phase_ = Phase::Symtable;
  std::vector<Scope> scopes_;
  std::vector<const Stmt*> leading_futures_;
  std::optional<SyntaxErrorInfo> error_;
};

// Finds yield in a function body's own scope (not in nested functions, classes, lambdas or
// comprehensions other than their first iterable).
struct YieldFinder {
  bool found = false;

  void stmts(const Seq<Stmt*>& body) {
    for (const Stmt* s : body) {
      if (found) return;
      stmt(s);
    }
  }
  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef:
      case StmtKind::ClassDef:
        return;
      case StmtKind::Return:
        if (s->as<Return>()->value) expr(s->as<Return>()->value);
        return;
      case StmtKind::Assign:
        expr(s->as<Assign>()->value);
        return;
      case StmtKind::AugAssign:
        expr(s->as<AugAssign>()->value);
        return;
      case StmtKind::AnnAssign:
        if (s->as<AnnAssign>()->value) expr(s->as<AnnAssign>()->value);
        return;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        expr(s->as<For>()->iter);
        stmts(s->as<For>()->body);
        stmts(s->as<For>()->orelse);
        return;
      case StmtKind::While:
        expr(s->as<While>()->test);
        stmts(s->as<While>()->body);
        stmts(s->as<While>()->orelse);
        return;
      case StmtKind::If:
        expr(s->as<If>()->test);
        stmts(s->as<If>()->body);
        stmts(s->as<If>()->orelse);
        return;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (const WithItem* item : s->as<With>()->items) expr(item->context_expr);
        stmts(s->as<With>()->body);
        return;
      case StmtKind::Try:
      case StmtKind::TryStar:
        stmts(s->as<Try>()->body);
        for (const ExceptHandler* h : s->as<Try>()->handlers) stmts(h->body);
        stmts(s->as<Try>()->orelse);
        stmts(s->as<Try>()->finalbody);
        return;
      case StmtKind::Expr:
        expr(s->as<ExprStmt>()->value);
        return;
      default:
        return;
    }
  }
  void expr(const Expr* e) {
    if (found || e == nullptr) return;
    switch (e->kind) {
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        found = true;
        return;
      case ExprKind::Lambda:
        return;
      case ExprKind::ListComp: expr(e->as<ListComp>()->generators[0]->iter); return;
      case ExprKind::SetComp: expr(e->as<SetComp>()->generators[0]->iter); return;
      case ExprKind::DictComp: expr(e->as<DictComp>()->generators[0]->iter); return;
      case ExprKind::GeneratorExp: expr(e->as<GeneratorExp>()->generators[0]->iter); return;
      case ExprKind::BoolOp:
        for (const Expr* v : e->as<BoolOp>()->values) expr(v);
        return;
      case ExprKind::NamedExpr: expr(e->as<NamedExpr>()->value); return;
      case ExprKind::BinOp:
        expr(e->as<BinOp>()->left);
        expr(e->as<BinOp>()->right);
        return;
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>()->operand); return;
      case ExprKind::IfExp:
        expr(e->as<IfExp>()->test);
        expr(e->as<IfExp>()->body);
        expr(e->as<IfExp>()->orelse);
        return;
      case ExprKind::Await: expr(e->as<Await>()->value); return;
      case ExprKind::Compare:
        expr(e->as<Compare>()->left);
        for (const Expr* c : e->as<Compare>()->comparators) expr(c);
        return;
      case ExprKind::Call:
        expr(e->as<Call>()->func);
        for (const Expr* a : e->as<Call>()->args) expr(a);
        for (const Keyword* k : e->as<Call>()->keywords) expr(k->value);
        return;
      case ExprKind::Attribute: expr(e->as<Attribute>()->value); return;
      case ExprKind::Subscript:
        expr(e->as<Subscript>()->value);
        expr(e->as<Subscript>()->slice);
        return;
      case ExprKind::Starred: expr(e->as<Starred>()->value); return;
      case ExprKind::List:
        for (const Expr* x : e->as<List>()->elts) expr(x);
        return;
      case ExprKind::Tuple:
        for (const Expr* x : e->as<Tuple>()->elts) expr(x);
        return;
      case ExprKind::Set:
        for (const Expr* x : e->as<Set>()->elts) expr(x);
        return;
      case ExprKind::Dict:
        for (const Expr* x : e->as<Dict>()->keys) expr(x);
        for (const Expr* x : e->as<Dict>()->values) expr(x);
        return;
      case ExprKind::JoinedStr:
        for (const Expr* x : e->as<JoinedStr>()->values) expr(x);
        return;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>()->value);
        expr(e->as<FormattedValue>()->format_spec);
        return;
      case ExprKind::Slice:
        expr(e->as<Slice>()->lower);
        expr(e->as<Slice>()->upper);
        expr(e->as<Slice>()->step);
        return;
      default:
        return;
    }
  }
};

bool ContextChecker::contains_yield(const Seq<Stmt*>& body) {
  YieldFinder finder;
  finder.stmts(body);
  return finder.found;
}

// Await directly in a comprehension's scope (nested comprehensions and lambdas are their own).
bool ContextChecker::awaits_in(const Expr* e) {
  struct Finder {
    bool found = false;
    void expr(const Expr* x) {
      if (found || x == nullptr) return;
      switch (x->kind) {
        case ExprKind::Await: found = true; return;
        case ExprKind::Lambda: return;
        case ExprKind::ListComp: expr(x->as<ListComp>()->generators[0]->iter); return;
        case ExprKind::SetComp: expr(x->as<SetComp>()->generators[0]->iter); return;
        case ExprKind::DictComp: expr(x->as<DictComp>()->generators[0]->iter); return;
        case ExprKind::GeneratorExp: expr(x->as<GeneratorExp>()->generators[0]->iter); return;
        case ExprKind::BoolOp:
          for (const Expr* v : x->as<BoolOp>()->values) expr(v);
          return;
        case ExprKind::NamedExpr: expr(x->as<NamedExpr>()->value); return;
        case ExprKind::BinOp:
          expr(x->as<BinOp>()->left);
          expr(x->as<BinOp>()->right);
          return;
        case ExprKind::UnaryOp: expr(x->as<UnaryOp>()->operand); return;
        case ExprKind::IfExp:
          expr(x->as<IfExp>()->test);
          expr(x->as<IfExp>()->body);
          expr(x->as<IfExp>()->orelse);
          return;
        case ExprKind::Yield: expr(x->as<Yield>()->value); return;
        case ExprKind::YieldFrom: expr(x->as<YieldFrom>()->value); return;
        case ExprKind::Compare:
          expr(x->as<Compare>()->left);
          for (const Expr* c : x->as<Compare>()->comparators) expr(c);
          return;
        case ExprKind::Call:
          expr(x->as<Call>()->func);
          for (const Expr* a : x->as<Call>()->args) expr(a);
          for (const Keyword* k : x->as<Call>()->keywords) expr(k->value);
          return;
        case ExprKind::Attribute: expr(x->as<Attribute>()->value); return;
        case ExprKind::Subscript:
          expr(x->as<Subscript>()->value);
          expr(x->as<Subscript>()->slice);
          return;
        case ExprKind::Starred: expr(x->as<Starred>()->value); return;
        case ExprKind::List:
          for (const Expr* y : x->as<List>()->elts) expr(y);
          return;
        case ExprKind::Tuple:
          for (const Expr* y : x->as<Tuple>()->elts) expr(y);
          return;
        case ExprKind::Set:
          for (const Expr* y : x->as<Set>()->elts) expr(y);
          return;
        case ExprKind::Dict:
          for (const Expr* y : x->as<Dict>()->keys) expr(y);
          for (const Expr* y : x->as<Dict>()->values) expr(y);
          return;
        case ExprKind::JoinedStr:
          for (const Expr* y : x->as<JoinedStr>()->values) expr(y);
          return;
        case ExprKind::FormattedValue:
          expr(x->as<FormattedValue>()->value);
          expr(x->as<FormattedValue>()->format_spec);
          return;
        case ExprKind::Slice:
          expr(x->as<Slice>()->lower);
          expr(x->as<Slice>()->upper);
          expr(x->as<Slice>()->step);
          return;
        default:
          return;
      }
    }
  } finder;
  finder.expr(e);
  return finder.found;
}

}  // namespace

std::optional<SyntaxErrorInfo> check_context(const ast::Module& module, const SourceText& source) {
  return ContextChecker(source).run(module);
}

}  // namespace py
