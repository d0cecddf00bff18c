// The program text as the tokenizer sees it, plus a line table for error messages.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace py {

// Owns a normalized copy of the source, as CPython's file reader presents it to its tokenizer:
// a leading UTF-8 BOM is dropped, "\r\n" and lone "\r" become "\n" (universal newlines), and a
// final "\n" is added when the last line lacks one. A PEP 263 coding declaration on line 1 or 2
// is honoured for UTF-8, Latin-1 and cp1252 (the text is converted to UTF-8). Invalid UTF-8 and
// NUL bytes are kept; the lexer reports them when it reaches their line, as CPython does.
class SourceText {
 public:
  explicit SourceText(std::string_view raw);

  std::string_view text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  std::size_t line_start(int line) const;  // byte offset of a 1-based line
  // A 1-based line without its "\n"; empty for lines past the end.
  std::string_view line(int line) const;
  // The line as CPython's SyntaxError.text shows it for parser errors: read back from the file, so
  // it ends with "\n" unless it is the file's last line and the file had no final newline (and
  // line 1 keeps a BOM).
  std::string line_as_error_text(int line) const;

  // Whether the file declared its encoding (BOM or coding cookie). Only then does CPython convert
  // the byte columns of parser errors to character columns; otherwise it reports bytes + 1.
  bool has_declared_encoding() const { return declared_encoding_; }
  // A problem with the declaration ("encoding problem: utf8 with BOM"), reported without location.
  const std::optional<std::string>& encoding_error() const { return encoding_error_; }

 private:
  std::string text_;
  std::vector<std::size_t> line_starts_;
  bool had_final_newline_ = true;
  bool had_bom_ = false;
  bool declared_encoding_ = false;
  std::optional<std::string> encoding_error_;
};

}  // namespace py
