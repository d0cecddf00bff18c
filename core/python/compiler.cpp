// The compiler's driver: code units (one per function, class, lambda, comprehension and the
// module), instruction emission into basic blocks, constants and names.
#include "python/compiler.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "python/compiler_internal.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/parser.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {

CompileResult compile_module(std::shared_ptr<const SourceText> source, std::string filename) {
  CompileResult result;
  ParseOptions options;
  options.filename = filename;
  ParseResult parsed = parse_module(source->text(), options);
  if (!parsed.ok()) {
    result.error = std::move(parsed.error);
    return result;
  }
  SymbolTableResult symbols = build_symbol_table(*parsed.module, *source);
  if (symbols.error) {
    result.error = std::move(symbols.error);
    return result;
  }
  compiler::Compiler c(std::move(source), std::move(filename), *symbols.table);
  result.code = c.compile(*parsed.module);
  if (!result.code) result.error = c.take_error();
  return result;
}

namespace compiler {

using namespace ast;

int NameList::add(const std::string& name) {
  auto [it, added] = index.emplace(name, size());
  if (added) items.push_back(name);
  return it->second;
}

int NameList::find(const std::string& name) const {
  auto it = index.find(name);
  return it == index.end() ? -1 : it->second;
}

Compiler::Compiler(std::shared_ptr<const SourceText> source, std::string filename, const SymbolTable& symbols)
    : source_(std::move(source)), filename_(std::move(filename)), symbols_(symbols) {}

Ref<CodeObject> Compiler::compile(const Module& module) {
  try {
    for (const Stmt* s : module.body) {
      const auto* from = s->try_as<ImportFrom>();
      if (!from || from->module != "__future__") continue;
      for (const Alias* a : from->names) future_annotations_ |= a->name == "annotations";
    }
    enter_scope("<module>", UnitKind::Module, &module, 1);
    visit_module_body(module.body);
    return exit_scope(/*add_none=*/true);
  } catch (const CompileError&) {
    return nullptr;
  }
}

void Compiler::error(const Loc& loc, std::string message) {
  SyntaxErrorInfo e;
  e.message = std::move(message);
  e.line = loc.line;
  e.column = loc.col + 1;
  e.end_line = loc.end_line;
  e.end_column = loc.end_col + 1;
  e.text = source_->line_as_error_text(loc.line);
  error_ = std::move(e);
  throw CompileError{};
}

// ---- units ----

void Compiler::enter_scope(std::string name, UnitKind kind, const void* node, int firstlineno) {
  auto unit = std::make_unique<CodeUnit>();
  unit->scope = node == nullptr ? nullptr : symbols_.lookup(node);
  unit->kind = kind;
  unit->name = std::move(name);
  unit->firstlineno = firstlineno;
  if (!units_.empty()) unit->private_name = u().private_name;
  const SymbolScope& scope = *unit->scope;
  for (const std::string& v : scope.varnames) unit->varnames.add(v);
  // Cells and free variables are sorted by name, as CPython's dictbytype() sorts them.
  std::vector<std::string> cells, frees;
  for (const Symbol& s : scope.symbols) {
    if (s.scope == NameScope::Cell) cells.push_back(s.name);
    if (s.scope == NameScope::Free || (s.flags & symbol_flag::kFreeClass)) frees.push_back(s.name);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  for (const std::string& c : cells) unit->cellvars.add(c);
  if (scope.needs_class_closure) unit->cellvars.add("__class__");
  for (const std::string& f : frees) unit->freevars.add(f);
  unit->blocks.emplace_back();
  unit->loc = Loc{firstlineno, firstlineno, 0, 0};
  units_.push_back(std::move(unit));
  if (kind != UnitKind::Module) u().qualname = qualname_for(u());
}

// CPython's compiler_set_qualname: "f", "C.f", "f.<locals>.g"; a function declared global in its
// parent is named as at module level.
std::string Compiler::qualname_for(const CodeUnit& unit) const {
  if (units_.size() <= 2) return unit.name;
  const CodeUnit& parent = *units_[units_.size() - 2];
  if (unit.kind == UnitKind::Function || unit.kind == UnitKind::AsyncFunction || unit.kind == UnitKind::Class) {
    if (parent.scope->scope_of(mangle(parent.private_name, unit.name)) == NameScope::GlobalExplicit) {
      return unit.name;
    }
  }
  bool parent_is_function = parent.kind == UnitKind::Function || parent.kind == UnitKind::AsyncFunction ||
                            parent.kind == UnitKind::Lambda;
  return parent.qualname + (parent_is_function ? ".<locals>." : ".") + unit.name;
}

bool Compiler::current_block_returns() const {
  const CodeUnit& unit = *units_.back();
  const auto& instrs = unit.blocks[unit.current].instrs;
  return !instrs.empty() && instrs.back().op == op(Opcode::RETURN_VALUE);
}

Ref<CodeObject> Compiler::exit_scope(bool add_none) {
  if (!current_block_returns()) {
    unset_loc();
    if (add_none) load_none();
    emit(Opcode::RETURN_VALUE);
  }
  Ref<CodeObject> code = assemble(u());
  units_.pop_back();
  return code;
}

// ---- blocks and emission ----

int Compiler::new_block() {
  u().blocks.emplace_back();
  return static_cast<int>(u().blocks.size()) - 1;
}

void Compiler::use_block(int block) {
  CodeUnit& unit = u();
  unit.blocks[unit.current].next = block;
  unit.current = block;
  unit.current_ended = false;
}

namespace {

bool ends_block(int opcode) {
  switch (opcode) {
    case op(Opcode::JUMP):
    case op(Opcode::RETURN_VALUE):
    case op(Opcode::RAISE_VARARGS):
    case op(Opcode::RERAISE):
    case op(Opcode::POP_JUMP_IF_FALSE):
    case op(Opcode::POP_JUMP_IF_TRUE):
    case op(Opcode::POP_JUMP_IF_NONE):
    case op(Opcode::POP_JUMP_IF_NOT_NONE):
    case op(Opcode::JUMP_IF_FALSE_OR_POP):
    case op(Opcode::JUMP_IF_TRUE_OR_POP):
    case op(Opcode::FOR_ITER):
    case op(Opcode::SEND):
      return true;
    default:
      return false;
  }
}

}  // namespace

void Compiler::emit(int opcode, std::uint32_t arg) {
  if (u().current_ended) use_block(new_block());
  CodeUnit& unit = u();
  Instruction instr;
  instr.op = opcode;
  instr.arg = arg;
  instr.loc = unit.loc;
  unit.blocks[unit.current].instrs.push_back(instr);
  if (ends_block(opcode)) unit.current_ended = true;
}

void Compiler::emit_noline(int opcode, std::uint32_t arg) {
  Loc saved = u().loc;
  unset_loc();
  emit(opcode, arg);
  u().loc = saved;
}

void Compiler::emit_jump(int opcode, int target) {
  emit(opcode);
  CodeUnit& unit = u();
  unit.blocks[unit.current].instrs.back().target = target;
}

void Compiler::emit_jump_noline(Opcode o, int target) {
  Loc saved = u().loc;
  unset_loc();
  emit_jump(o, target);
  u().loc = saved;
}

// ---- constants ----

int Compiler::add_const(Value value, const std::string& key) {
  CodeUnit& unit = u();
  auto [it, added] = unit.const_index.emplace(key, static_cast<int>(unit.consts.size()));
  if (added) unit.consts.push_back(std::move(value));
  return it->second;
}

void Compiler::load_none() { load_const(none(), "None"); }

namespace {

// CPython interns string constants made of identifier characters.
bool all_name_chars(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Constants are shared by key; a str's key carries its length so that tuple keys stay unambiguous.
std::string str_key(std::string_view text) { return "s" + std::to_string(text.size()) + ":" + std::string(text); }

// A float constant's key is its bit pattern (0.0 and -0.0 differ). memcpy, not std::bit_cast:
// Emscripten 3.1.6's libc++ 13 lacks it.
std::string float_key(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return "f" + std::to_string(bits);
}

Value str_constant(std::string_view text) {
  if (all_name_chars(text)) return Value::borrow(intern(text));
  return make_str(std::string(text));
}

}  // namespace

void Compiler::load_str(std::string_view text) {
  load_const(str_constant(text), str_key(text));
}

void Compiler::load_small_int(std::int64_t v) { load_const(Value::small_int(v), "i" + std::to_string(v)); }

Value Compiler::make_constant(const Constant* c, std::string& key) {
  switch (c->value_kind) {
    case ConstantKind::None:
      key = "None";
      return none();
    case ConstantKind::True:
      key = "True";
      return py_bool(true);
    case ConstantKind::False:
      key = "False";
      return py_bool(false);
    case ConstantKind::Ellipsis:
      key = "...";
      return Value::borrow(ellipsis_object);
    case ConstantKind::Int: {
      if (c->int_fits_int64) {
        key = "i" + std::to_string(c->int_value);
        return int_from_int64(c->int_value);
      }
      key = "i" + std::to_string(c->int_base) + ":" + std::string(c->text);
      NumResult<BigInt> big = BigInt::from_digits(c->text, c->int_base, false);
      if (!big.ok()) error("integer literal too large");
      return int_from_bigint(std::move(big.value()));
    }
    case ConstantKind::Float: {
      key = float_key(c->float_value);
      return make_float(c->float_value);
    }
    case ConstantKind::Str:
      key = str_key(c->text);
      return str_constant(c->text);
    case ConstantKind::Complex:
      error(Loc::of(c->loc), "complex numbers are not supported");
    case ConstantKind::Bytes:
      error(Loc::of(c->loc), "bytes literals are not supported");
  }
  return none();
}

// CPython folds a minus applied to a number literal into the constant (its AST optimizer).
bool Compiler::load_negative_number(const ast::UnaryOp* e) {
  const auto* c = e->operand->try_as<Constant>();
  if (e->op != UnaryOpKind::USub || !c) return false;
  switch (c->value_kind) {
    case ConstantKind::Int:
      if (c->int_fits_int64) {
        load_const(int_from_int64(-c->int_value), "i" + std::to_string(-c->int_value));
      } else {
        NumResult<BigInt> big = BigInt::from_digits(c->text, c->int_base, /*negative=*/true);
        if (!big.ok()) error("integer literal too large");
        load_const(int_from_bigint(std::move(big.value())), "i-" + std::to_string(c->int_base) + ":" + std::string(c->text));
      }
      return true;
    case ConstantKind::Float: {
      double v = -c->float_value;
      load_const(make_float(v), float_key(v));
      return true;
    }
    default:
      return false;
  }
}

void Compiler::load_constant(const Constant* c) {
  std::string key;
  Value v = make_constant(c, key);
  load_const(std::move(v), key);
}

Value Compiler::make_name_tuple(const std::vector<std::string>& names, std::string& key) {
  std::vector<Value> items;
  key = "t(";
  for (const std::string& n : names) {
    items.push_back(Value::borrow(intern(n)));
    key += str_key(n) + ",";
  }
  key += ")";
  return make_tuple(std::move(items));
}

void Compiler::load_name_tuple(const std::vector<std::string>& names) {
  std::string key;
  Value tuple = make_name_tuple(names, key);
  load_const(std::move(tuple), key);
}

// ---- names ----

void Compiler::emit_name(Opcode o, std::string_view name) { emit(o, u().names.add(mangled(name))); }

int Compiler::deref_index(const std::string& name) {
  CodeUnit& unit = u();
  int cell = unit.cellvars.find(name);
  if (cell >= 0) return cell;
  int free = unit.freevars.find(name);
  if (free < 0) error("compiler: no cell or free variable " + name);
  return unit.cellvars.size() + free;
}

// CPython's compiler_nameop: the scope decides between fast locals, cells, globals and names.
void Compiler::nameop(std::string_view name, NameCtx ctx) {
  if (ctx == NameCtx::Load && name == "__debug__") {
    load_const(py_bool(true), "True");
    return;
  }
  CodeUnit& unit = u();
  std::string m = mangled(name);
  bool function = unit.scope->type == BlockType::Function;
  enum { kName, kFast, kDeref, kGlobal } kind = kName;
  switch (unit.scope->scope_of(m)) {
    case NameScope::Free:
    case NameScope::Cell:
      kind = kDeref;
      break;
    case NameScope::Local:
      if (function) kind = kFast;
      break;
    case NameScope::GlobalImplicit:
      if (function) kind = kGlobal;
      break;
    case NameScope::GlobalExplicit:
      kind = kGlobal;
      break;
    case NameScope::Unknown:
      break;
  }
  static constexpr Opcode kOps[4][3] = {
      {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME},
      {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST},
      {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF},
      {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL},
  };
  Opcode o = kOps[kind][static_cast<int>(ctx)];
  switch (kind) {
    case kFast:
      emit(o, unit.varnames.add(m));
      return;
    case kDeref:
      if (o == Opcode::LOAD_DEREF && unit.scope->type == BlockType::Class) o = Opcode::LOAD_CLASSDEREF;
      emit(o, deref_index(m));
      return;
    case kGlobal:
      emit(o, o == Opcode::LOAD_GLOBAL ? unit.names.add(m) << 1 : unit.names.add(m));
      return;
    case kName:
      emit(o, unit.names.add(m));
      return;
  }
}

}  // namespace compiler
}  // namespace py
