#include "python/syntax_error.hpp"

#include <cstring>

namespace py {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
    case ErrorKind::RecursionError: return "RecursionError";
  }
  return "SyntaxError";
}

namespace {

// CPython's print_error_text. `offset` is in characters but CPython walks the UTF-8 text in bytes
// while adjusting it; that mix is reproduced on purpose so non-ASCII lines print identically.
void print_error_text(std::string& out, long offset, long end_offset, std::string_view text) {
  long caret_repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  offset--;  // 1-based -> 0-based
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
    start++;
    offset--;
  }
  text.remove_prefix(start);
  // CPython stops at a NUL (it handles C strings); so do we.
  if (auto nul = text.find('\0'); nul != std::string_view::npos) text = text.substr(0, nul);
  long len = static_cast<long>(text.size());
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  // Skip past newlines embedded in the text (multi-line tokens).
  for (;;) {
    auto nl = text.find('\n');
    if (nl == std::string_view::npos) break;
    long inl = static_cast<long>(nl);
    if (inl >= offset) break;
    inl += 1;
    text.remove_prefix(static_cast<std::size_t>(inl));
    len -= inl;
    offset -= inl;
  }
  out += "    ";
  out.append(text.data(), text.size());
  if (static_cast<std::size_t>(len) >= text.size() || text[static_cast<std::size_t>(len)] != '\n') out += '\n';
  if (offset < 0) return;  // the caret would point left of the text
  out += "    ";
  out.append(static_cast<std::size_t>(offset), ' ');
  out.append(static_cast<std::size_t>(caret_repetitions), '^');
  out += '\n';
}

}  // namespace

std::string format_syntax_error(const SyntaxErrorInfo& error, std::string_view filename) {
  std::string out;
  if (error.kind != ErrorKind::RecursionError && error.has_location()) {
    out += "  File \"";
    out.append(filename.data(), filename.size());
    out += "\", line ";
    out += std::to_string(error.line);
    out += '\n';
    long offset = error.column;
    long end_line = error.end_line;
    long end_offset = error.end_column;
    // Only SyntaxError itself reports an end position; for its subclasses CPython draws one caret.
    if (error.kind != ErrorKind::SyntaxError) {
      end_line = error.line;
      end_offset = -1;
    }
    long line_size = static_cast<long>(error.text.size());
    if (end_line > error.line) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(out, offset, end_offset, error.text);
  }
  out += error_kind_name(error.kind);
  out += ": ";
  out += error.message;
  out += '\n';
  return out;
}

}  // namespace py
