#include "python/dis.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {

namespace {

std::string quote(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  char q = has_single && text.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out(1, q);
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c == q) {
          out += '\\';
          out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + q;
}

std::string describe_const(const Value& v) {
  if (v.is_small_int()) return std::to_string(v.small_int_value());
  if (v.is(none_object)) return "None";
  if (v.is(true_object)) return "True";
  if (v.is(false_object)) return "False";
  if (v.is(ellipsis_object)) return "Ellipsis";
  if (v.type() == code_type) return "<code object " + static_cast<CodeObject*>(v.object())->name->text() + ">";
  if (v.type() == str_type) return quote(as_str(v)->view());
  if (v.type() == tuple_type) {
    const auto& items = as_tuple(v)->items;
    std::string out = "(";
    for (std::size_t i = 0; i < items.size(); i++) out += (i ? ", " : "") + describe_const(items[i]);
    return out + (items.size() == 1 ? ",)" : ")");
  }
  std::string text;
  if (!repr_string(v, text)) {
    clear_error();
    return "<constant>";
  }
  return text;
}

const char* const kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kBinaryOps[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};

std::string describe_arg(const CodeObject& code, Instr instr) {
  std::uint32_t arg = instr.arg();
  auto name = [&](std::uint32_t i) { return i < code.names.size() ? code.names[i]->text() : "<bad name>"; };
  auto local = [&](std::uint32_t i) {
    return i < code.localsplus_names.size() ? code.localsplus_names[i]->text() : "<bad local>";
  };
  switch (instr.op()) {
    case Opcode::LOAD_CONST:
    case Opcode::KW_NAMES:
      return arg < code.consts.size() ? describe_const(code.consts[arg]) : "<bad const>";
    case Opcode::LOAD_NAME:
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR:
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_FROM:
      return name(arg);
    case Opcode::LOAD_GLOBAL:
      return (arg & 1 ? "NULL + " : "") + name(arg >> 1);
    case Opcode::LOAD_FAST:
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
      return local(arg);
    case Opcode::COMPARE_OP:
      return arg < 6 ? kCompareOps[arg] : "?";
    case Opcode::BINARY_OP: {
      std::uint32_t base = arg & ~kInplaceFlag;
      std::string symbol = base < 13 ? kBinaryOps[base] : "?";
      return (arg & kInplaceFlag) ? symbol + "=" : symbol;
    }
    case Opcode::FORMAT_VALUE: {
      static const char* const kConversions[] = {"", "str", "repr", "ascii"};
      std::string text = kConversions[arg & 3];
      if (arg & 4) text += text.empty() ? "with format" : ", with format";
      return text;
    }
    default:
      return "";
  }
}

bool takes_arg(Opcode op) {
  switch (op) {
    case Opcode::NOP: case Opcode::POP_TOP: case Opcode::PUSH_NULL: case Opcode::BINARY_SUBSCR:
    case Opcode::STORE_SUBSCR: case Opcode::DELETE_SUBSCR: case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE: case Opcode::UNARY_INVERT: case Opcode::UNARY_NOT:
    case Opcode::LIST_TO_TUPLE: case Opcode::GET_ITER: case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::GET_AITER: case Opcode::GET_ANEXT: case Opcode::END_ASYNC_FOR: case Opcode::RETURN_VALUE:
    case Opcode::LOAD_BUILD_CLASS: case Opcode::PUSH_EXC_INFO: case Opcode::POP_EXCEPT:
    case Opcode::CHECK_EXC_MATCH: case Opcode::WITH_EXCEPT_START: case Opcode::BEFORE_WITH:
    case Opcode::BEFORE_ASYNC_WITH: case Opcode::LOAD_ASSERTION_ERROR: case Opcode::IMPORT_STAR:
    case Opcode::SETUP_ANNOTATIONS: case Opcode::LOAD_LOCALS: case Opcode::PRINT_EXPR:
      return false;
    default:
      return true;
  }
}

bool is_jump(Opcode op) {
  switch (op) {
    case Opcode::JUMP: case Opcode::POP_JUMP_IF_FALSE: case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE: case Opcode::POP_JUMP_IF_NOT_NONE: case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: case Opcode::FOR_ITER: case Opcode::SEND:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string disassemble(const CodeObject& code) {
  std::vector<bool> targets(code.instructions.size() + 1, false);
  for (Instr i : code.instructions) {
    if (is_jump(i.op()) && i.arg() < targets.size()) targets[i.arg()] = true;
  }
  for (const ExceptionTableEntry& e : code.exception_table) {
    if (e.handler < targets.size()) targets[e.handler] = true;
  }
  std::string out;
  int last_line = -1;
  char buf[64];
  for (std::size_t i = 0; i < code.instructions.size(); i++) {
    Instr instr = code.instructions[i];
    int line = code.line_of(static_cast<std::uint32_t>(i));
    std::string text;
    if (line != last_line && line > 0) {
      if (i > 0) out += "\n";
      std::snprintf(buf, sizeof buf, "%4d", line);
      text = buf;
      last_line = line;
    } else {
      text = "    ";
    }
    std::snprintf(buf, sizeof buf, " %s %4zu %s", targets[i] ? ">>" : "  ", i, opcode_name(instr.op()));
    text += buf;
    if (takes_arg(instr.op())) {
      text.resize(std::max<std::size_t>(text.size() + 1, 36), ' ');
      text += std::to_string(instr.arg());
      std::string meaning = describe_arg(code, instr);
      if (!meaning.empty()) text += " (" + meaning + ")";
    }
    out += text + "\n";
  }
  if (!code.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& e : code.exception_table) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end - 1, e.handler, e.depth,
                    e.push_lasti ? " lasti" : "");
      out += buf;
    }
  }
  return out;
}

std::string disassemble_recursive(const CodeObject& code) {
  std::string out = disassemble(code);
  for (const Value& c : code.consts) {
    if (!c.is_object() || c.type() != code_type) continue;
    const auto* inner = static_cast<const CodeObject*>(c.object());
    out += "\nDisassembly of <code object " + inner->name->text() + ">:\n" + disassemble_recursive(*inner);
  }
  return out;
}

}  // namespace py
