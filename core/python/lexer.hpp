// The tokenizer: a port of CPython 3.11's tokenizer.c (tok_get) over a whole SourceText.
//
// It runs to the end of the input (or the first error) before parsing starts. That is also what
// CPython effectively does on failure: after a parse error it tokenizes the rest of the file and
// lets a tokenizer error override the parser's, so the parser needs to know the first tokenizer
// error wherever it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "python/source.hpp"
#include "python/syntax_error.hpp"
#include "python/token.hpp"

namespace py {

// CPython's limits (tokenizer.h: MAXLEVEL, MAXINDENT).
inline constexpr int kMaxBracketNesting = 200;
inline constexpr int kMaxIndentLevels = 100;

struct OpenBracket {
  char ch = '(';
  int line = 0;
  int col = 0;  // 0-based byte column
};

struct LexResult {
  // Every token up to where tokenization stopped. The last token is EndMarker when the whole input
  // was tokenized, or ErrorToken when it stopped at `error`; the parser raises `error` when it
  // fetches that ErrorToken, as CPython's parser does when its tokenizer fails.
  std::vector<Token> tokens;
  std::optional<SyntaxErrorInfo> error;
  // True when CPython raises the error inside the tokenizer itself (bad literal, invalid character,
  // unmatched bracket, NUL, ...). Such errors win over a parser error found earlier in the file,
  // because CPython tokenizes the rest of the file after a parse error. Errors CPython only signals
  // through the tokenizer's state (bad dedent, TabError, EOF inside brackets, ...) do not.
  bool error_overrides_parser = false;
  // Brackets still open where tokenization stopped, innermost last.
  std::vector<OpenBracket> open_brackets;
};

struct LexOptions {
  std::string filename = "main.py";  // only used in the "Non-UTF-8 code" message
};

LexResult tokenize(const SourceText& source, const LexOptions& options = {});

}  // namespace py
