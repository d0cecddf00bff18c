// CPython 3.11's traceback layout (Python/traceback.c and pythonrun.c's print_exception).
#include "python/traceback_print.hpp"

#include <string_view>
#include <unordered_set>

#include "python/code.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/frame.hpp"
#include "python/heap.hpp"
#include "python/parser.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/suggestions.hpp"
#include "python/vm.hpp"
#include "python/vm_state.hpp"

namespace py {
namespace {

constexpr int kRecursiveCutoff = 3;  // identical entries printed before "[Previous line repeated"
constexpr int kTracebackLimit = 1000;  // sys.tracebacklimit's default
constexpr int kSourceIndent = 4;

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Characters (code points) in the first `bytes` bytes of UTF-8 `text`.
int chars_in(std::string_view text, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && i < static_cast<int>(text.size()); ++i) {
    if ((static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

int char_length(std::string_view text) { return chars_in(text, static_cast<int>(text.size())); }

struct Anchors {
  int left_end = -1;
  int right_start = -1;
  const char* primary = "^";
  const char* secondary = "^";
};

// extract_anchors_from_line: a binary operator or a subscript in the failing segment gets its
// operator (or brackets) highlighted. Offsets are in the segment's bytes.
bool find_anchors(std::string_view segment, Anchors& out) {
  ParseOptions options;
  options.check_context = false;
  ParseResult parsed = parse_module(segment, options);
  if (!parsed.ok() || parsed.module->body.size() != 1) return false;
  const ast::Stmt* statement = parsed.module->body[0];
  const auto* expression_statement = statement->try_as<ast::ExprStmt>();
  if (expression_statement == nullptr) return false;
  const ast::Expr* expr = expression_statement->value;
  const int length = static_cast<int>(segment.size());
  if (const auto* binop = expr->try_as<ast::BinOp>()) {
    const int right_col = binop->right->loc.col;
    for (int i = binop->left->loc.end_col; i < right_col; ++i) {
      if (is_whitespace(segment[static_cast<std::size_t>(i)])) continue;
      out.left_end = i;
      out.right_start = i + 1;
      // A two-character operator (`//`, `**`).
      if (i + 1 < right_col && !is_whitespace(segment[static_cast<std::size_t>(i + 1)])) ++out.right_start;
      // A closing parenthesis of the left operand is not the operator.
      if (i + 1 < right_col && segment[static_cast<std::size_t>(i)] == ')') continue;
      break;
    }
    out.primary = "~";
    out.secondary = "^";
    return true;
  }
  if (const auto* subscript = expr->try_as<ast::Subscript>()) {
    int left = subscript->value->loc.end_col;
    int right = subscript->slice->loc.end_col + 1;
    while (left < length && segment[static_cast<std::size_t>(left)] != '[') ++left;
    while (right < length && segment[static_cast<std::size_t>(right)] != ']') ++right;
    if (right < length) ++right;
    out.left_end = left;
    out.right_start = right;
    out.primary = "~";
    out.secondary = "^";
    return true;
  }
  return false;
}

// The caret line under a frame's source line, or "" when 3.11 prints none.
std::string caret_line(std::string_view line, const Position& pos, int truncation) {
  if (pos.line <= 0 || pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0) return "";
  const int start = chars_in(line, pos.col);
  int end = chars_in(line, pos.end_col);
  Anchors anchors;
  if (pos.line == pos.end_line) {
    if (pos.col <= static_cast<int>(line.size()) && pos.end_col <= static_cast<int>(line.size()) && pos.col < pos.end_col &&
        find_anchors(line.substr(static_cast<std::size_t>(pos.col), static_cast<std::size_t>(pos.end_col - pos.col)),
                     anchors)) {
      anchors.left_end += start;
      anchors.right_start += start;
    }
  } else {
    // A multi-line expression: highlighted up to the line's last non-blank character.
    int i = static_cast<int>(line.size());
    while (--i >= 0 && is_whitespace(line[static_cast<std::size_t>(i)])) {
    }
    end = chars_in(line, i + 1);
  }
  const int stripped_length = char_length(line) - truncation - kSourceIndent;
  const bool has_secondary = anchors.left_end != -1 || anchors.right_start != -1;
  if (end - start == stripped_length && !has_secondary) return "";
  std::string out;
  for (int offset = truncation + 1; offset <= end; ++offset) {
    if (offset <= start) {
      out += ' ';
    } else if (has_secondary && anchors.left_end < offset && offset <= anchors.right_start) {
      out += anchors.secondary;
    } else {
      out += anchors.primary;
    }
  }
  return out + "\n";
}

void append_entry(std::string& out, const TracebackObject& tb) {
  const auto* code = static_cast<const CodeObject*>(tb.code.object());
  out += "  File \"" + code->filename->text() + "\", line " + std::to_string(tb.line) + ", in " + code->name->text() +
         "\n";
  if (!code->source || tb.line <= 0) return;
  std::string_view line = code->source->line(tb.line);
  while (!line.empty() && (is_whitespace(line.back()) || line.back() == '\r' || line.back() == '\n')) {
    line.remove_suffix(1);
  }
  std::size_t indent = 0;
  while (indent < line.size() && is_whitespace(line[indent])) ++indent;
  if (indent == line.size()) return;
  out += "    " + std::string(line.substr(indent)) + "\n";
  if (tb.lasti >= 0 && static_cast<std::size_t>(tb.lasti) < code->positions.size()) {
    out += caret_line(line, code->positions[static_cast<std::size_t>(tb.lasti)],
                      static_cast<int>(indent) - kSourceIndent);
  }
}

void append_repeated(std::string& out, int count) {
  count -= kRecursiveCutoff;
  out += "  [Previous line repeated " + std::to_string(count) + " more time" + (count > 1 ? "s" : "") + "]\n";
}

void append_traceback(std::string& out, const TracebackObject* tb) {
  int depth = 0;
  for (const TracebackObject* t = tb; t != nullptr; t = t->next.get()) ++depth;
  const CodeObject* last_code = nullptr;
  int last_line = -1;
  int count = 0;
  for (; tb != nullptr; tb = tb->next.get(), --depth) {
    if (depth > kTracebackLimit) continue;
    const auto* code = static_cast<const CodeObject*>(tb->code.object());
    if (last_code == nullptr || code->filename.get() != last_code->filename.get() || tb->line != last_line ||
        code->name.get() != last_code->name.get()) {
      if (count > kRecursiveCutoff) append_repeated(out, count);
      last_code = code;
      last_line = tb->line;
      count = 0;
    }
    if (++count <= kRecursiveCutoff) append_entry(out, *tb);
  }
  if (count > kRecursiveCutoff) append_repeated(out, count);
}

std::string type_display(const Type* type) {
  if (type->module.empty() || type->module == "builtins" || type->module == "__main__") {
    return type->qualname.empty() ? type->name : type->qualname;
  }
  return type->module + "." + (type->qualname.empty() ? type->name : type->qualname);
}

void append_exception_recursive(std::string& out, BaseExceptionObject* exc,
                                std::unordered_set<const BaseExceptionObject*>& seen) {
  seen.insert(exc);
  if (exc->cause && is_exception_instance(exc->cause) && !seen.count(as_exception(exc->cause))) {
    append_exception_recursive(out, as_exception(exc->cause), seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!exc->cause && exc->context && !exc->suppress_context && is_exception_instance(exc->context) &&
             !seen.count(as_exception(exc->context))) {
    append_exception_recursive(out, as_exception(exc->context), seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (exc->traceback) {
    out += "Traceback (most recent call last):\n";
    append_traceback(out, exc->traceback.get());
  }
  out += format_exception_only(exc);
  // As CPython's print_exception: the hint follows the message.
  if (std::optional<std::string> suggestion = offer_suggestion(exc)) {
    out.pop_back();
    out += ". Did you mean: '" + *suggestion + "'?\n";
  }
}

}  // namespace

std::string format_exception_only(BaseExceptionObject* exc) {
  std::string name = type_display(exc->type());
  std::string message;
  if (!str_string(Value::borrow(exc), message)) {
    clear_error();
    return name + ": <exception str() failed>\n";
  }
  return message.empty() ? name + "\n" : name + ": " + message + "\n";
}

std::string format_exception_unchained(BaseExceptionObject* exc) {
  std::string out;
  if (exc->traceback) {
    out += "Traceback (most recent call last):\n";
    append_traceback(out, exc->traceback.get());
  }
  return out + format_exception_only(exc);
}

void write_unraisable(const Value& obj) {
  Ref<BaseExceptionObject> error = fetch_error();
  if (!error) return;
  // Reporting must not fail for lack of memory (the error may be a MemoryError).
  Heap* heap = Heap::current();
  const bool enforcing = heap != nullptr && heap->enforcing();
  if (heap != nullptr) heap->set_enforcing(false);
  if (!error->traceback) {
    if (Frame* current = vm_current_frame()) {
      restore_error(std::move(error));
      add_traceback_entry(current);
      error = fetch_error();
    }
  }
  std::string text;
  if (!repr_string(obj, text)) {
    clear_error();
    text = "<object repr() failed>";
  }
  vm_write_stderr("Exception ignored in: " + text + "\n" + format_exception_unchained(error.get()));
  if (heap != nullptr) heap->set_enforcing(enforcing);
}

std::string format_exception(BaseExceptionObject* exc) {
  std::string out;
  std::unordered_set<const BaseExceptionObject*> seen;
  append_exception_recursive(out, exc, seen);
  return out;
}

void warn_at_current_line(Type* category, const std::string& message, bool tracemalloc_hint) {
  Interpreter::State* st = current_state();
  if (st == nullptr) return;
  Frame* frame = vm_current_frame();
  std::string location = frame != nullptr ? frame->code->filename->text() + ":" + std::to_string(frame->line()) : "sys:1";
  if (!st->warnings_shown.insert(location + " " + category->name + " " + message).second) return;
  std::string text = location + ": " + category->name + ": " + message + "\n";
  if (frame != nullptr && frame->code->source && frame->line() > 0) {
    std::string_view line = frame->code->source->line(frame->line());
    while (!line.empty() && is_whitespace(line.front())) line.remove_prefix(1);
    while (!line.empty() && (is_whitespace(line.back()) || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty()) text += "  " + std::string(line) + "\n";
  }
  // At exit (no frame) CPython's C fallback prints the warning without the hint.
  if (tracemalloc_hint && frame != nullptr) text += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  vm_write_stderr(text);
}

}  // namespace py
