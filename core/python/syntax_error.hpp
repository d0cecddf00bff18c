// The error the front end reports, shaped like CPython's SyntaxError so the VM can turn it into one.
//
// Field values follow CPython 3.11 exactly (including its quirks) because learners compare what
// they see with what python3 prints, and the formatter below reproduces CPython's caret logic from
// these fields alone.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace py {

enum class ErrorKind : std::uint8_t {
  SyntaxError,
  IndentationError,  // subclass of SyntaxError
  TabError,          // subclass of IndentationError
  // Not a SyntaxError in CPython: raised when the program nests deeper than the front end (or, in
  // CPython, the compiler) can handle. It carries no location, like CPython's.
  RecursionError,
};

const char* error_kind_name(ErrorKind kind);

struct SyntaxErrorInfo {
  ErrorKind kind = ErrorKind::SyntaxError;
  std::string message;  // CPython's `msg`
  // CPython's `lineno`; 0 means None (then no other location field is meaningful and `text` is None).
  int line = 0;
  // CPython's `offset`: 1-based, in characters (code points), as CPython computes it. It can be 0,
  // meaning "no caret" (CPython prints none when the offset falls left of the text).
  int column = 0;
  int end_line = 0;
  // CPython's `end_offset`; -1 or 0 mean "unknown" exactly as in CPython.
  int end_column = 0;
  // CPython's `text`: the source line. Like CPython it keeps the trailing '\n' for errors found by the
  // parser and omits it for errors found by the tokenizer.
  std::string text;

  bool has_location() const { return line > 0; }
};

// Renders an uncaught error the way `python3 main.py` prints it on stderr (CPython 3.11
// pythonrun.c: print_exception_file_and_line + print_error_text), including the trailing newline:
//
//     File "main.py", line 3
//       x = (1,
//           ^
//   SyntaxError: '(' was never closed
std::string format_syntax_error(const SyntaxErrorInfo& error, std::string_view filename = "main.py");

}  // namespace py
