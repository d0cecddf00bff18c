#include "python/ast_dump.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "python/unicode.hpp"

namespace py {

namespace {

using namespace ast;

// ---- Python reprs of constants ----

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  char buf[16];
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int len;
    if (c < 0x80) {
      cp = c, len = 1;
    } else {
      auto d = unicode::decode_utf8(s, i);
      if (d.length > 0) {
        cp = d.cp, len = d.length;
      } else if (c >= 0xE0 && c <= 0xEF && i + 2 < s.size()) {  // WTF-8 lone surrogate
        cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        len = 3;
      } else {
        cp = c, len = 1;
      }
    }
    i += static_cast<std::size_t>(len);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else if (cp < 0x80 || unicode::is_printable(cp)) {
      unicode::append_utf8(out, cp);
    } else if (cp <= 0xFF) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else if (cp <= 0xFFFF) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  out += quote;
  return out;
}

std::string bytes_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// repr(float): the shortest string that round-trips, in Python's notation.
std::string float_repr(double x, bool add_dot_zero) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  int precision = 1;
  for (; precision <= 17; precision++) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  // buf: [-]d[.ddd]e[+-]XX
  std::string s(buf);
  bool negative = s[0] == '-';
  if (negative) s.erase(0, 1);
  std::size_t e = s.find('e');
  int exponent = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (std::size_t i = 0; i < e; i++) {
    if (s[i] != '.') digits += s[i];
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exponent + 1;
  std::string out = negative ? "-" : "";
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out.append("0.");
      out.append(static_cast<std::size_t>(-decpt), '0');
      out.append(digits);
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
      out.append(digits);
      out.append(static_cast<std::size_t>(decpt) - digits.size(), '0');
      if (add_dot_zero) out.append(".0");
    } else {
      out.append(digits, 0, static_cast<std::size_t>(decpt));
      out.push_back('.');
      out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
    }
  } else {
    out.push_back(digits[0]);
    if (digits.size() > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    int exp = decpt - 1;
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
  }
  return out;
}

// The decimal spelling of an integer given as digits in base 2, 8, 10 or 16.
std::string int_repr(std::string_view digits, int base) {
  if (base == 10) return std::string(digits);
  std::vector<std::uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    std::uint64_t d = static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    std::uint64_t carry = d;
    for (std::uint32_t& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<std::uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void stmts(const Seq<Stmt*>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      stmt(list[i]);
    }
    out += ']';
  }

  void exprs(const Seq<Expr*>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      if (list[i]) {
        expr(list[i]);
      } else {
        out += "None";
      }
    }
    out += ']';
  }

  template <class T, class F>
  void list(const Seq<T>& items, F&& each) {
    out += '[';
    for (std::size_t i = 0; i < items.size(); i++) {
      if (i) out += ", ";
      each(items[i]);
    }
    out += ']';
  }

  // Field helpers: `, name=value` (the first field of a node has no leading comma).
  void open(const char* node) {
    out += node;
    out += '(';
    first_ = true;
  }
  void key(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  void field(const char* name, const Expr* e) {  // optional: omitted when null
    if (!e) return;
    key(name);
    expr(e);
  }
  void field(const char* name, const Seq<Expr*>& list) {
    key(name);
    exprs(list);
  }
  void field(const char* name, const Seq<Stmt*>& list) {
    key(name);
    stmts(list);
  }
  void ident(const char* name, std::string_view id, bool optional = false) {
    if (optional && id.empty()) return;
    key(name);
    out += str_repr(id);
  }
  void raw(const char* name, const std::string& value) {
    key(name);
    out += value;
  }
  void close(const Location* loc) {
    if (loc && options_.include_attributes) {
      raw("lineno", std::to_string(loc->line));
      raw("col_offset", std::to_string(loc->col));
      raw("end_lineno", std::to_string(loc->end_line));
      raw("end_col_offset", std::to_string(loc->end_col));
    }
    out += ')';
    first_ = false;
  }
  void ctx(ExprContext c) {
    key("ctx");
    out += name_of(c);
    out += "()";
  }

  void arguments(const Arguments* a) {
    open("arguments");
    key("posonlyargs");
    list(a->posonlyargs, [&](const Arg* x) { arg(x); });
    key("args");
    list(a->args, [&](const Arg* x) { arg(x); });
    if (a->vararg) {
      key("vararg");
      arg(a->vararg);
    }
    key("kwonlyargs");
    list(a->kwonlyargs, [&](const Arg* x) { arg(x); });
    field("kw_defaults", a->kw_defaults);
    if (a->kwarg) {
      key("kwarg");
      arg(a->kwarg);
    }
    field("defaults", a->defaults);
    close(nullptr);
  }

  void arg(const Arg* a) {
    open("arg");
    ident("arg", a->name);
    field("annotation", a->annotation);
    close(&a->loc);
  }

  void keyword(const Keyword* k) {
    open("keyword");
    ident("arg", k->arg, true);
    field("value", k->value);
    close(&k->loc);
  }

  void alias(const Alias* a) {
    open("alias");
    ident("name", a->name);
    ident("asname", a->asname, true);
    close(&a->loc);
  }

  void comprehension(const Comprehension* c) {
    open("comprehension");
    field("target", c->target);
    field("iter", c->iter);
    field("ifs", c->ifs);
    raw("is_async", c->is_async ? "1" : "0");
    close(nullptr);
  }

  void generators(const Seq<Comprehension*>& gens) {
    key("generators");
    list(gens, [&](const Comprehension* c) { comprehension(c); });
  }

  void stmt(const Stmt* s) {
    open(name_of(s->kind));
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        const auto* f = s->as<FunctionDef>();
        ident("name", f->name);
        key("args");
        arguments(f->args);
        field("body", f->body);
        field("decorator_list", f->decorator_list);
        field("returns", f->returns);
        break;
      }
      case StmtKind::ClassDef: {
        const auto* c = s->as<ClassDef>();
        ident("name", c->name);
        field("bases", c->bases);
        key("keywords");
        list(c->keywords, [&](const Keyword* k) { keyword(k); });
        field("body", c->body);
        field("decorator_list", c->decorator_list);
        break;
      }
      case StmtKind::Return: field("value", s->as<Return>()->value); break;
      case StmtKind::Delete: field("targets", s->as<Delete>()->targets); break;
      case StmtKind::Assign:
        field("targets", s->as<Assign>()->targets);
        field("value", s->as<Assign>()->value);
        break;
      case StmtKind::AugAssign: {
        const auto* a = s->as<AugAssign>();
        field("target", a->target);
        raw("op", std::string(name_of(a->op)) + "()");
        field("value", a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        const auto* a = s->as<AnnAssign>();
        field("target", a->target);
        field("annotation", a->annotation);
        field("value", a->value);
        raw("simple", a->simple ? "1" : "0");
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        const auto* f = s->as<For>();
        field("target", f->target);
        field("iter", f->iter);
        field("body", f->body);
        field("orelse", f->orelse);
        break;
      }
      case StmtKind::While:
        field("test", s->as<While>()->test);
        field("body", s->as<While>()->body);
        field("orelse", s->as<While>()->orelse);
        break;
      case StmtKind::If:
        field("test", s->as<If>()->test);
        field("body", s->as<If>()->body);
        field("orelse", s->as<If>()->orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        const auto* w = s->as<With>();
        key("items");
        list(w->items, [&](const WithItem* item) {
          open("withitem");
          field("context_expr", item->context_expr);
          field("optional_vars", item->optional_vars);
          close(nullptr);
        });
        field("body", w->body);
        break;
      }
      case StmtKind::Raise:
        field("exc", s->as<Raise>()->exc);
        field("cause", s->as<Raise>()->cause);
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const auto* t = s->as<Try>();
        field("body", t->body);
        key("handlers");
        list(t->handlers, [&](const ExceptHandler* h) {
          open("ExceptHandler");
          field("type", h->type);
          ident("name", h->name, true);
          field("body", h->body);
          close(&h->loc);
        });
        field("orelse", t->orelse);
        field("finalbody", t->finalbody);
        break;
      }
      case StmtKind::Assert:
        field("test", s->as<Assert>()->test);
        field("msg", s->as<Assert>()->msg);
        break;
      case StmtKind::Import:
        key("names");
        list(s->as<Import>()->names, [&](const Alias* a) { alias(a); });
        break;
      case StmtKind::ImportFrom: {
        const auto* i = s->as<ImportFrom>();
        ident("module", i->module, true);
        key("names");
        list(i->names, [&](const Alias* a) { alias(a); });
        raw("level", std::to_string(i->level));
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        const Seq<std::string_view>& names =
            s->kind == StmtKind::Global ? s->as<Global>()->names : s->as<Nonlocal>()->names;
        key("names");
        list(names, [&](std::string_view n) { out += str_repr(n); });
        break;
      }
      case StmtKind::Expr: field("value", s->as<ExprStmt>()->value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
    close(&s->loc);
  }

  void expr(const Expr* e) {
    open(name_of(e->kind));
    switch (e->kind) {
      case ExprKind::BoolOp:
        raw("op", std::string(name_of(e->as<BoolOp>()->op)) + "()");
        field("values", e->as<BoolOp>()->values);
        break;
      case ExprKind::NamedExpr:
        field("target", e->as<NamedExpr>()->target);
        field("value", e->as<NamedExpr>()->value);
        break;
      case ExprKind::BinOp:
        field("left", e->as<BinOp>()->left);
        raw("op", std::string(name_of(e->as<BinOp>()->op)) + "()");
        field("right", e->as<BinOp>()->right);
        break;
      case ExprKind::UnaryOp:
        raw("op", std::string(name_of(e->as<UnaryOp>()->op)) + "()");
        field("operand", e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda:
        key("args");
        arguments(e->as<Lambda>()->args);
        field("body", e->as<Lambda>()->body);
        break;
      case ExprKind::IfExp:
        field("test", e->as<IfExp>()->test);
        field("body", e->as<IfExp>()->body);
        field("orelse", e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict:
        field("keys", e->as<Dict>()->keys);
        field("values", e->as<Dict>()->values);
        break;
      case ExprKind::Set: field("elts", e->as<Set>()->elts); break;
      case ExprKind::ListComp:
        field("elt", e->as<ListComp>()->elt);
        generators(e->as<ListComp>()->generators);
        break;
      case ExprKind::SetComp:
        field("elt", e->as<SetComp>()->elt);
        generators(e->as<SetComp>()->generators);
        break;
      case ExprKind::DictComp:
        field("key", e->as<DictComp>()->key);
        field("value", e->as<DictComp>()->value);
        generators(e->as<DictComp>()->generators);
        break;
      case ExprKind::GeneratorExp:
        field("elt", e->as<GeneratorExp>()->elt);
        generators(e->as<GeneratorExp>()->generators);
        break;
      case ExprKind::Await: field("value", e->as<Await>()->value); break;
      case ExprKind::Yield: field("value", e->as<Yield>()->value); break;
      case ExprKind::YieldFrom: field("value", e->as<YieldFrom>()->value); break;
      case ExprKind::Compare: {
        const auto* c = e->as<Compare>();
        field("left", c->left);
        key("ops");
        list(c->ops, [&](CmpOpKind op) {
          out += name_of(op);
          out += "()";
        });
        field("comparators", c->comparators);
        break;
      }
      case ExprKind::Call: {
        const auto* c = e->as<Call>();
        field("func", c->func);
        field("args", c->args);
        key("keywords");
        list(c->keywords, [&](const Keyword* k) { keyword(k); });
        break;
      }
      case ExprKind::FormattedValue: {
        const auto* f = e->as<FormattedValue>();
        field("value", f->value);
        raw("conversion", std::to_string(f->conversion));
        field("format_spec", f->format_spec);
        break;
      }
      case ExprKind::JoinedStr: field("values", e->as<JoinedStr>()->values); break;
      case ExprKind::Constant: {
        const auto* c = e->as<Constant>();
        raw("value", constant_repr(c));
        if (c->u_prefix) raw("kind", "'u'");
        break;
      }
      case ExprKind::Attribute:
        field("value", e->as<Attribute>()->value);
        ident("attr", e->as<Attribute>()->attr);
        ctx(e->as<Attribute>()->ctx);
        break;
      case ExprKind::Subscript:
        field("value", e->as<Subscript>()->value);
        field("slice", e->as<Subscript>()->slice);
        ctx(e->as<Subscript>()->ctx);
        break;
      case ExprKind::Starred:
        field("value", e->as<Starred>()->value);
        ctx(e->as<Starred>()->ctx);
        break;
      case ExprKind::Name:
        ident("id", e->as<Name>()->id);
        ctx(e->as<Name>()->ctx);
        break;
      case ExprKind::List:
        field("elts", e->as<List>()->elts);
        ctx(e->as<List>()->ctx);
        break;
      case ExprKind::Tuple:
        field("elts", e->as<Tuple>()->elts);
        ctx(e->as<Tuple>()->ctx);
        break;
      case ExprKind::Slice:
        field("lower", e->as<Slice>()->lower);
        field("upper", e->as<Slice>()->upper);
        field("step", e->as<Slice>()->step);
        break;
    }
    close(&e->loc);
  }

 private:
  const DumpOptions& options_;
  bool first_ = true;
};

}  // namespace

std::string constant_repr(const ast::Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None: return "None";
    case ConstantKind::True: return "True";
    case ConstantKind::False: return "False";
    case ConstantKind::Ellipsis: return "Ellipsis";
    case ConstantKind::Int: return int_repr(c->text, c->int_base);
    case ConstantKind::Float: return float_repr(c->float_value, true);
    case ConstantKind::Complex: return float_repr(c->float_value, false) + "j";
    case ConstantKind::Str: return str_repr(c->text);
    case ConstantKind::Bytes: return bytes_repr(c->text);
  }
  return "?";
}

std::string ast_dump(const ast::Module& module, const DumpOptions& options) {
  Dumper d(options);
  d.module(module);
  return std::move(d.out);
}

std::string ast_dump(const ast::Stmt* stmt, const DumpOptions& options) {
  Dumper d(options);
  d.stmt(stmt);
  return std::move(d.out);
}

std::string ast_dump(const ast::Expr* expr, const DumpOptions& options) {
  Dumper d(options);
  d.expr(expr);
  return std::move(d.out);
}

}  // namespace py
