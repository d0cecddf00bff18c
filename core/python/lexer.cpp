#include "python/lexer.hpp"

#include <cstring>

#include "python/unicode.hpp"

namespace py {

namespace {

constexpr int kEof = -1;
constexpr int kTabSize = 8;
constexpr int kAltTabSize = 1;  // a second tab width: indentation must agree under both (TabError)

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) { return is_potential_identifier_start(c) || is_digit(c); }

// CPython's valid_utf8 (tokenizer.c): deliberately lax, only used to find the byte it names.
int lax_utf8_length(const unsigned char* s, const unsigned char* end) {
  if (*s < 0x80) return 1;
  if (*s < 0xC0) return 0;
  int expected = *s < 0xE0 ? 1 : *s < 0xF0 ? 2 : *s < 0xF8 ? 3 : -1;
  if (expected < 0) return 0;
  for (int i = 1; i <= expected; i++) {
    if (s + i >= end || s[i] < 0x80 || s[i] >= 0xC0) return 0;
  }
  return expected + 1;
}

TokenKind one_char_token(int c) {
  switch (c) {
    case '(': return TokenKind::LPar;
    case ')': return TokenKind::RPar;
    case '[': return TokenKind::LSqb;
    case ']': return TokenKind::RSqb;
    case '{': return TokenKind::LBrace;
    case '}': return TokenKind::RBrace;
    case ':': return TokenKind::Colon;
    case ',': return TokenKind::Comma;
    case ';': return TokenKind::Semi;
    case '+': return TokenKind::Plus;
    case '-': return TokenKind::Minus;
    case '*': return TokenKind::Star;
    case '/': return TokenKind::Slash;
    case '|': return TokenKind::VBar;
    case '&': return TokenKind::Amper;
    case '<': return TokenKind::Less;
    case '>': return TokenKind::Greater;
    case '=': return TokenKind::Equal;
    case '.': return TokenKind::Dot;
    case '%': return TokenKind::Percent;
    case '~': return TokenKind::Tilde;
    case '^': return TokenKind::Circumflex;
    case '@': return TokenKind::At;
    default: return TokenKind::ErrorOp;
  }
}

// PyToken_TwoChars; EndMarker means "not a two-character operator".
TokenKind two_char_token(int c1, int c2) {
  switch (c1) {
    case '!': return c2 == '=' ? TokenKind::NotEqual : TokenKind::EndMarker;
    case '%': return c2 == '=' ? TokenKind::PercentEqual : TokenKind::EndMarker;
    case '&': return c2 == '=' ? TokenKind::AmperEqual : TokenKind::EndMarker;
    case '*':
      if (c2 == '*') return TokenKind::DoubleStar;
      return c2 == '=' ? TokenKind::StarEqual : TokenKind::EndMarker;
    case '+': return c2 == '=' ? TokenKind::PlusEqual : TokenKind::EndMarker;
    case '-':
      if (c2 == '=') return TokenKind::MinEqual;
      return c2 == '>' ? TokenKind::RArrow : TokenKind::EndMarker;
    case '/':
      if (c2 == '/') return TokenKind::DoubleSlash;
      return c2 == '=' ? TokenKind::SlashEqual : TokenKind::EndMarker;
    case ':': return c2 == '=' ? TokenKind::ColonEqual : TokenKind::EndMarker;
    case '<':
      if (c2 == '<') return TokenKind::LeftShift;
      if (c2 == '=') return TokenKind::LessEqual;
      return c2 == '>' ? TokenKind::NotEqual : TokenKind::EndMarker;  // "<>": CPython's Barry-as-FLUFL token
    case '=': return c2 == '=' ? TokenKind::EqEqual : TokenKind::EndMarker;
    case '>':
      if (c2 == '=') return TokenKind::GreaterEqual;
      return c2 == '>' ? TokenKind::RightShift : TokenKind::EndMarker;
    case '@': return c2 == '=' ? TokenKind::AtEqual : TokenKind::EndMarker;
    case '^': return c2 == '=' ? TokenKind::CircumflexEqual : TokenKind::EndMarker;
    case '|': return c2 == '=' ? TokenKind::VBarEqual : TokenKind::EndMarker;
    default: return TokenKind::EndMarker;
  }
}

TokenKind three_char_token(int c1, int c2, int c3) {
  if (c3 != '=') {
    if (c1 == '.' && c2 == '.' && c3 == '.') return TokenKind::Ellipsis;
    return TokenKind::EndMarker;
  }
  if (c1 == '*' && c2 == '*') return TokenKind::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return TokenKind::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return TokenKind::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return TokenKind::RightShiftEqual;
  return TokenKind::EndMarker;
}

class Lexer {
 public:
  Lexer(const SourceText& source, const LexOptions& options) : source_(source), text_(source.text()), options_(options) {
    indent_stack_.push_back(0);
    alt_indent_stack_.push_back(0);
  }

  LexResult run() {
    // A generous guess (one token per 4 bytes) avoids most regrowth on large inputs.
    result_.tokens.reserve(text_.size() / 4 + 16);
    if (source_.encoding_error()) {
      SyntaxErrorInfo e;
      e.message = *source_.encoding_error();
      e.column = e.end_column = -1;
      fail(std::move(e), true);
      push_error_token();
      return std::move(result_);
    }
    for (;;) {
      TokenKind kind = next_token();
      if (result_.error) {
        push_error_token();
        break;
      }
      if (kind == TokenKind::ErrorToken) {
        // End of input inside brackets: CPython's parser reports the innermost one.
        const OpenBracket& open = brackets_.back();
        set_unclosed_bracket_error(open);
        push_error_token();
        break;
      }
      push_token(kind);
      if (kind == TokenKind::EndMarker) break;
    }
    result_.open_brackets = brackets_;
    return std::move(result_);
  }

 private:
  // ---- character stream (tok_nextc / tok_backup) ----

  int nextc() {
    if (pos_ >= text_.size()) return kEof;
    if (!started_ || pos_ > line_end_) {
      start_line();
      if (result_.error) return kEof;
    }
    return static_cast<unsigned char>(text_[pos_++]);
  }

  void backup(int c) {
    if (c != kEof) pos_--;
  }

  // Reading a line is where CPython's file reader rejects NUL bytes and undecodable bytes.
  void start_line() {
    line_start_ = started_ ? line_end_ + 1 : 0;
    started_ = true;
    line_++;
    std::size_t nl = text_.find('\n', line_start_);
    line_end_ = nl == std::string_view::npos ? text_.size() : nl;
    std::string_view line = text_.substr(line_start_, line_end_ + 1 - line_start_);
    if (line.find('\0') != std::string_view::npos) {
      SyntaxErrorInfo e;
      e.message = "source code cannot contain null bytes";
      e.line = line_;
      e.column = 0;
      e.end_line = line_;
      e.end_column = 0;
      e.text = std::string(line.substr(0, line.find('\0')));
      fail(std::move(e), true);
      return;
    }
    for (std::size_t i = 0; i < line.size();) {
      auto d = unicode::decode_utf8(line, i);
      if (d.length > 0) {
        i += static_cast<std::size_t>(d.length);
        continue;
      }
      // Name the byte CPython's lax scan stops at (it accepts some sequences strict UTF-8 rejects;
      // those we report at their first byte).
      const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
      std::size_t bad = i;
      for (std::size_t j = 0; j < line.size();) {
        int n = lax_utf8_length(bytes + j, bytes + line.size());
        if (n == 0) {
          bad = j;
          break;
        }
        j += static_cast<std::size_t>(n);
      }
      static const char hex[] = "0123456789abcdef";
      unsigned b = bytes[bad];
      SyntaxErrorInfo e;
      e.message = std::string("Non-UTF-8 code starting with '\\x") + hex[b >> 4] + hex[b & 15] + "' in file " +
                  options_.filename + " on line " + std::to_string(line_) +
                  ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      e.column = e.end_column = -1;  // CPython gives this error no location at all
      fail(std::move(e), true);
      return;
    }
  }

  // ---- errors ----

  void fail(SyntaxErrorInfo e, bool overrides_parser) {
    if (result_.error) return;  // the first error wins
    result_.error = std::move(e);
    result_.error_overrides_parser = overrides_parser;
  }

  // The current line up to '\n' (or a NUL, as C's strcspn would stop).
  std::string current_line_text(std::size_t line_start) const {
    std::size_t end = line_start;
    while (end < text_.size() && text_[end] != '\n' && text_[end] != '\0') end++;
    return std::string(text_.substr(line_start, end - line_start));
  }

  // CPython's syntaxerror(tok, ...): the caret goes under the character just before the cursor.
  void syntax_error(std::string message, std::size_t cursor) {
    syntax_error_at(std::move(message), line_, line_start_, cursor);
  }

  void syntax_error_at(std::string message, int line, std::size_t line_start, std::size_t cursor) {
    SyntaxErrorInfo e;
    e.message = std::move(message);
    e.line = line;
    e.column = static_cast<int>(unicode::count_chars(text_.substr(line_start, cursor - line_start)));
    e.end_line = line;
    e.end_column = e.column;
    e.text = current_line_text(line_start);
    fail(std::move(e), true);
  }

  // CPython's syntaxerror_known_range: byte columns, used as given.
  void syntax_error_range(std::string message, int col, int end_col) {
    SyntaxErrorInfo e;
    e.message = std::move(message);
    e.line = line_;
    e.column = col;
    e.end_line = line_;
    e.end_column = end_col;
    e.text = current_line_text(line_start_);
    fail(std::move(e), true);
  }

  // Errors CPython's parser raises from the tokenizer's `done` state (pegen tokenizer_error): the
  // location is the 0-based byte column `col` (clamped at 0) plus one, and the text is the whole
  // line, read back from the file.
  void state_error(ErrorKind kind, std::string message, int col) {
    SyntaxErrorInfo e;
    e.kind = kind;
    e.message = std::move(message);
    e.line = line_;
    std::string text = source_.line_as_error_text(line_);
    e.column = parser_column(text, static_cast<std::size_t>(col < 0 ? 0 : col) + 1);
    e.end_line = line_;
    e.end_column = 0;
    e.text = std::move(text);
    fail(std::move(e), false);
  }

  // A column as CPython's parser reports it: the 1-based byte offset, converted to characters
  // (_PyPegen_byte_offset_to_character_offset, which counts the terminating NUL when the offset
  // runs one past the text) only when the file declares its encoding.
  int parser_column(std::string_view text, std::size_t byte_offset) const {
    if (!source_.has_declared_encoding()) return static_cast<int>(byte_offset);
    if (byte_offset > text.size() + 1) byte_offset = text.size() + 1;
    int extra = byte_offset > text.size() ? 1 : 0;
    return static_cast<int>(unicode::count_chars(text.substr(0, std::min(byte_offset, text.size())))) + extra;
  }

  // Errors located at "the cursor" of a token without position (ERRORTOKEN): the offset counts the
  // whole line read so far, '\n' included.
  void cursor_error(ErrorKind kind, std::string message) {
    SyntaxErrorInfo e;
    e.kind = kind;
    e.message = std::move(message);
    e.line = line_;
    std::string text = source_.line_as_error_text(line_);
    std::size_t consumed = pos_ > line_start_ ? pos_ - line_start_ : 0;
    e.column = parser_column(text, consumed);
    e.end_line = line_;
    e.end_column = -1;
    e.text = std::move(text);
    fail(std::move(e), false);
  }

  void set_unclosed_bracket_error(const OpenBracket& open) {
    SyntaxErrorInfo e;
    e.message = std::string("'") + open.ch + "' was never closed";
    e.line = open.line;
    std::string text = source_.line_as_error_text(open.line);
    e.column = parser_column(text, static_cast<std::size_t>(open.col) + 1);
    e.end_line = open.line;
    e.end_column = 0;
    e.text = std::move(text);
    fail(std::move(e), false);
  }

  // ---- token output ----

  void push_token(TokenKind kind) {
    Token t;
    t.kind = kind;
    t.begin = static_cast<std::uint32_t>(tok_begin_);
    t.end = static_cast<std::uint32_t>(tok_end_);
    t.line = tok_line_;
    t.col = static_cast<std::int32_t>(tok_begin_ - tok_line_start_);
    t.end_line = line_;
    t.end_col = static_cast<std::int32_t>(tok_end_ - (tok_end_ == tok_begin_ ? tok_line_start_ : line_start_));
    t.level = static_cast<std::int32_t>(brackets_.size());
    result_.tokens.push_back(t);
  }

  void push_error_token() {
    Token t;
    t.kind = TokenKind::ErrorToken;
    t.begin = t.end = static_cast<std::uint32_t>(pos_ <= text_.size() ? pos_ : text_.size());
    t.line = t.end_line = line_ > 0 ? line_ : 1;
    t.col = t.end_col = static_cast<std::int32_t>(pos_ - line_start_);
    result_.tokens.push_back(t);
  }

  // The token begins at the character just read.
  void mark_start_before_last() {
    tok_begin_ = pos_ - 1;
    tok_line_ = line_;
    tok_line_start_ = line_start_;
  }
  TokenKind finish(TokenKind kind) {
    tok_end_ = pos_;
    return kind;
  }

  // Tokens without a text range (INDENT, DEDENT, ENDMARKER): CPython gives them no column, and
  // errors reported at them use the cursor position instead.
  TokenKind position_less(TokenKind kind) {
    tok_begin_ = tok_end_ = pos_;
    tok_line_ = line_ > 0 ? line_ : 1;
    // At the end of input CPython's file reader has emptied its line buffer: column 0.
    tok_line_start_ = pos_ >= text_.size() ? pos_ : line_start_;
    return kind;
  }

  // ---- tok_get ----

  TokenKind next_token() {
  nextline:
    bool blankline = false;
    if (at_bol_) {
      at_bol_ = false;
      if (!process_indentation(blankline)) return TokenKind::ErrorToken;
    }
    if (pending_ != 0) {
      if (pending_ < 0) {
        pending_++;
        return position_less(TokenKind::Dedent);
      }
      pending_--;
      return position_less(TokenKind::Indent);
    }

  again:
    int c;
    do {
      c = nextc();
    } while (c == ' ' || c == '\t' || c == '\014');
    if (result_.error) return TokenKind::ErrorToken;
    if (c != kEof) mark_start_before_last();

    if (c == '#') {
      while (c != kEof && c != '\n') c = nextc();
      if (result_.error) return TokenKind::ErrorToken;
    }

    if (c == kEof) {
      if (!brackets_.empty()) return TokenKind::ErrorToken;
      return position_less(TokenKind::EndMarker);
    }

    if (is_potential_identifier_start(c)) return identifier_or_string(c);

    if (c == '\n') {
      at_bol_ = true;
      if (blankline || !brackets_.empty()) goto nextline;
      // CPython's NEWLINE starts at a preceding comment, if any, and ends on the '\n' itself.
      tok_end_ = pos_ - 1;
      return TokenKind::Newline;
    }

    if (c == '.') {
      c = nextc();
      if (is_digit(c)) return number_fraction(c);
      if (c == '.') {
        c = nextc();
        if (c == '.') return finish(TokenKind::Ellipsis);
        backup(c);
        backup('.');
      } else {
        backup(c);
      }
      return finish(TokenKind::Dot);
    }

    if (is_digit(c)) return number(c);

    if (c == '\'' || c == '"') return string(c);

    if (c == '\\') {
      if (!continuation_line()) return TokenKind::ErrorToken;
      goto again;
    }

    {
      int c2 = nextc();
      TokenKind two = two_char_token(c, c2);
      if (two != TokenKind::EndMarker) {
        int c3 = nextc();
        TokenKind three = three_char_token(c, c2, c3);
        if (three != TokenKind::EndMarker) return finish(three);
        backup(c3);
        return finish(two);
      }
      backup(c2);
    }

    switch (c) {
      case '(':
      case '[':
      case '{':
        if (static_cast<int>(brackets_.size()) >= kMaxBracketNesting) {
          syntax_error("too many nested parentheses", pos_);
          return TokenKind::ErrorToken;
        }
        brackets_.push_back(OpenBracket{static_cast<char>(c), line_, static_cast<int>(tok_begin_ - line_start_)});
        break;
      case ')':
      case ']':
      case '}': {
        if (brackets_.empty()) {
          syntax_error(std::string("unmatched '") + static_cast<char>(c) + "'", pos_);
          return TokenKind::ErrorToken;
        }
        OpenBracket open = brackets_.back();
        brackets_.pop_back();
        if (!((open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') || (open.ch == '{' && c == '}'))) {
          std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                                "' does not match opening parenthesis '" + open.ch + "'";
          if (open.line != line_) message += " on line " + std::to_string(open.line);
          syntax_error(std::move(message), pos_);
          return TokenKind::ErrorToken;
        }
        break;
      }
      default:
        break;
    }

    if (c < 0x20 || c == 0x7F) {
      syntax_error("invalid non-printable character U+" + unicode::hex_codepoint(static_cast<char32_t>(c)), pos_);
      return TokenKind::ErrorToken;
    }
    return finish(one_char_token(c));
  }

  // Computes INDENT/DEDENT for a new logical line; false on an indentation error.
  bool process_indentation(bool& blankline) {
    int col = 0;
    int altcol = 0;
    int cont_line_col = 0;
    int c;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        col++, altcol++;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
      } else if (c == '\014') {  // form feed resets the column, for Emacs users
        col = altcol = 0;
      } else if (c == '\\') {
        // Only the first backslash-continued piece of whitespace counts as indentation.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if (!continuation_line()) return false;
      } else {
        break;
      }
    }
    if (result_.error) return false;
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // comment-only and blank lines don't indent
    if (blankline || !brackets_.empty()) return true;
    if (c == kEof) col = altcol = 0;
    col = cont_line_col ? cont_line_col : col;
    altcol = cont_line_col ? cont_line_col : altcol;
    if (col == indent_stack_.back()) {
      if (altcol != alt_indent_stack_.back()) return tab_error();
    } else if (col > indent_stack_.back()) {
      if (static_cast<int>(indent_stack_.size()) >= kMaxIndentLevels) {
        pos_ = line_end_ + 1 <= text_.size() ? line_end_ + 1 : text_.size();
        state_error(ErrorKind::IndentationError, "too many levels of indentation", -1);
        return false;
      }
      if (altcol <= alt_indent_stack_.back()) return tab_error();
      pending_++;
      indent_stack_.push_back(col);
      alt_indent_stack_.push_back(altcol);
    } else {
      while (indent_stack_.size() > 1 && col < indent_stack_.back()) {
        pending_--;
        indent_stack_.pop_back();
        alt_indent_stack_.pop_back();
      }
      if (col != indent_stack_.back()) {
        pos_ = line_end_ + 1 <= text_.size() ? line_end_ + 1 : text_.size();
        cursor_error(ErrorKind::IndentationError, "unindent does not match any outer indentation level");
        return false;
      }
      if (altcol != alt_indent_stack_.back()) return tab_error();
    }
    return true;
  }

  bool tab_error() {
    state_error(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", -1);
    return false;
  }

  // After a backslash: it must end the line, and something must follow.
  bool continuation_line() {
    int c = nextc();
    if (c != '\n') {
      // CPython measures this column from its buffer start, which is the line start here.
      state_error(ErrorKind::SyntaxError, "unexpected character after line continuation character",
                  static_cast<int>(pos_ - line_start_) - 1);
      return false;
    }
    c = nextc();
    if (c == kEof) {
      if (result_.error) return false;
      if (!brackets_.empty()) {
        set_unclosed_bracket_error(brackets_.back());
      } else {
        cursor_error(ErrorKind::SyntaxError, "unexpected EOF while parsing");
      }
      return false;
    }
    backup(c);
    return true;
  }

  TokenKind identifier_or_string(int c) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
        saw_b = true;
      } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
        saw_u = true;
      } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
        saw_r = true;
      } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
        saw_f = true;
      } else {
        break;
      }
      c = nextc();
      if (c == '"' || c == '\'') return string(c);
    }
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    if (nonascii && !verify_identifier()) return TokenKind::ErrorToken;
    tok_end_ = pos_;
    return keyword_kind(text_.substr(tok_begin_, tok_end_ - tok_begin_));
  }

  // Checks a non-ASCII identifier against XID_Start/XID_Continue (CPython's verify_identifier).
  bool verify_identifier() {
    std::string_view ident = text_.substr(tok_begin_, pos_ - tok_begin_);
    bool first = true;
    for (std::size_t i = 0; i < ident.size();) {
      auto d = unicode::decode_utf8(ident, i);
      if (d.length == 0) d = {static_cast<unsigned char>(ident[i]), 1};  // unreachable: lines are validated
      bool ok = first ? (unicode::is_xid_start(d.cp)) : unicode::is_xid_continue(d.cp);
      first = false;
      if (!ok) {
        std::size_t after = tok_begin_ + i + static_cast<std::size_t>(d.length);
        std::string message;
        if (unicode::is_printable(d.cp)) {
          message = "invalid character '";
          message += ident.substr(i, static_cast<std::size_t>(d.length));
          message += "' (U+" + unicode::hex_codepoint(d.cp) + ")";
        } else {
          message = "invalid non-printable character U+" + unicode::hex_codepoint(d.cp);
        }
        syntax_error(std::move(message), after);
        return false;
      }
      i += static_cast<std::size_t>(d.length);
    }
    return true;
  }

  // ---- numbers ----

  // Digits with single underscores between them; returns the first character after, or 0 on error.
  int decimal_tail() {
    int c;
    for (;;) {
      do {
        c = nextc();
      } while (is_digit(c));
      if (c != '_') break;
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error("invalid decimal literal", pos_);
        return 0;
      }
    }
    return c;
  }

  // A literal glued to a name is an error ("1abc"), except before the keywords that may follow a
  // number in valid code ("1if x else y"), where CPython only warns.
  bool verify_end_of_number(int c, const char* kind) {
    bool keyword_follows = false;
    auto lookahead = [&](const char* rest) {
      std::size_t n = std::strlen(rest);
      if (text_.substr(pos_, n) != rest) return false;
      int after = pos_ + n < text_.size() ? static_cast<unsigned char>(text_[pos_ + n]) : kEof;
      return !is_potential_identifier_char(after);
    };
    switch (c) {
      case 'a': keyword_follows = lookahead("nd"); break;
      case 'e': keyword_follows = lookahead("lse"); break;
      case 'f': keyword_follows = lookahead("or"); break;
      case 'i':
        keyword_follows = pos_ < text_.size() && (text_[pos_] == 'f' || text_[pos_] == 'n' || text_[pos_] == 's');
        break;
      case 'o': keyword_follows = lookahead("r"); break;
      case 'n': keyword_follows = lookahead("ot"); break;
      default: break;
    }
    if (keyword_follows) return true;  // CPython 3.11: a DeprecationWarning, silent by default
    if (c != kEof && is_potential_identifier_char(c)) {
      backup(c);
      syntax_error(std::string("invalid ") + kind + " literal", pos_);
      return false;
    }
    return true;
  }

  TokenKind number(int c) {
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (!is_xdigit(c)) {
            backup(c);
            syntax_error("invalid hexadecimal literal", pos_);
            return TokenKind::ErrorToken;
          }
          do {
            c = nextc();
          } while (is_xdigit(c));
        } while (c == '_');
        if (!verify_end_of_number(c, "hexadecimal")) return TokenKind::ErrorToken;
      } else if (c == 'o' || c == 'O') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c < '0' || c >= '8') {
            if (is_digit(c)) {
              syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal", pos_);
            } else {
              backup(c);
              syntax_error("invalid octal literal", pos_);
            }
            return TokenKind::ErrorToken;
          }
          do {
            c = nextc();
          } while (c >= '0' && c < '8');
        } while (c == '_');
        if (is_digit(c)) {
          syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal", pos_);
          return TokenKind::ErrorToken;
        }
        if (!verify_end_of_number(c, "octal")) return TokenKind::ErrorToken;
      } else if (c == 'b' || c == 'B') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c != '0' && c != '1') {
            if (is_digit(c)) {
              syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal", pos_);
            } else {
              backup(c);
              syntax_error("invalid binary literal", pos_);
            }
            return TokenKind::ErrorToken;
          }
          do {
            c = nextc();
          } while (c == '0' || c == '1');
        } while (c == '_');
        if (is_digit(c)) {
          syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal", pos_);
          return TokenKind::ErrorToken;
        }
        if (!verify_end_of_number(c, "binary")) return TokenKind::ErrorToken;
      } else {
        bool nonzero = false;
        // "0", "00", "0_0": allowed; "012" is the old octal spelling, now an error.
        for (;;) {
          if (c == '_') {
            c = nextc();
            if (!is_digit(c)) {
              backup(c);
              syntax_error("invalid decimal literal", pos_);
              return TokenKind::ErrorToken;
            }
          }
          if (c != '0') break;
          c = nextc();
        }
        std::size_t zeros_end = pos_;
        if (is_digit(c)) {
          nonzero = true;
          c = decimal_tail();
          if (c == 0) return TokenKind::ErrorToken;
        }
        if (c == '.') {
          c = nextc();
          return number_fraction(c);
        }
        if (c == 'e' || c == 'E') return number_exponent(c);
        if (c == 'j' || c == 'J') return number_imaginary();
        if (nonzero) {
          backup(c);
          syntax_error_range(
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              static_cast<int>(tok_begin_ + 1 - line_start_), static_cast<int>(zeros_end - line_start_));
          return TokenKind::ErrorToken;
        }
        if (!verify_end_of_number(c, "decimal")) return TokenKind::ErrorToken;
      }
    } else {
      c = decimal_tail();
      if (c == 0) return TokenKind::ErrorToken;
      if (c == '.') {
        c = nextc();
        return number_fraction(c);
      }
      if (c == 'e' || c == 'E') return number_exponent(c);
      if (c == 'j' || c == 'J') return number_imaginary();
      if (!verify_end_of_number(c, "decimal")) return TokenKind::ErrorToken;
    }
    backup(c);
    return finish(TokenKind::Number);
  }

  // After the '.' of a float; `c` is the character following it.
  TokenKind number_fraction(int c) {
    if (is_digit(c)) {
      c = decimal_tail();
      if (c == 0) return TokenKind::ErrorToken;
    }
    if (c == 'e' || c == 'E') return number_exponent(c);
    if (c == 'j' || c == 'J') return number_imaginary();
    if (!verify_end_of_number(c, "decimal")) return TokenKind::ErrorToken;
    backup(c);
    return finish(TokenKind::Number);
  }

  TokenKind number_exponent(int e) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error("invalid decimal literal", pos_);
        return TokenKind::ErrorToken;
      }
    } else if (!is_digit(c)) {
      // "1else": the 'e' starts a keyword, not an exponent.
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return TokenKind::ErrorToken;
      backup(e);
      return finish(TokenKind::Number);
    }
    c = decimal_tail();
    if (c == 0) return TokenKind::ErrorToken;
    if (c == 'j' || c == 'J') return number_imaginary();
    if (!verify_end_of_number(c, "decimal")) return TokenKind::ErrorToken;
    backup(c);
    return finish(TokenKind::Number);
  }

  TokenKind number_imaginary() {
    int c = nextc();
    if (!verify_end_of_number(c, "imaginary")) return TokenKind::ErrorToken;
    backup(c);
    return finish(TokenKind::Number);
  }

  // ---- strings ----

  // `quote` was just read; the token (with any prefix) started at tok_begin_.
  TokenKind string(int quote) {
    int quote_size = 1;
    int end_quote_size = 0;
    int first_line = tok_line_;
    std::size_t first_line_start = tok_line_start_;
    int c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) {
        quote_size = 3;
      } else {
        end_quote_size = 1;  // empty string
      }
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
      c = nextc();
      if (result_.error) return TokenKind::ErrorToken;
      if (c == kEof || (quote_size == 1 && c == '\n')) {
        int detected_at = line_;
        const char* what = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        syntax_error_at(std::string(what) + " (detected at line " + std::to_string(detected_at) + ")", first_line,
                        first_line_start, tok_begin_ + 1);
        return TokenKind::ErrorToken;
      }
      if (c == quote) {
        end_quote_size += 1;
      } else {
        end_quote_size = 0;
        if (c == '\\') {
          nextc();  // the escaped character, whatever it is
          if (result_.error) return TokenKind::ErrorToken;
        }
      }
    }
    return finish(TokenKind::String);
  }

  const SourceText& source_;
  std::string_view text_;
  const LexOptions& options_;
  LexResult result_;

  std::size_t pos_ = 0;
  bool started_ = false;
  int line_ = 0;
  std::size_t line_start_ = 0;
  std::size_t line_end_ = 0;

  bool at_bol_ = true;
  int pending_ = 0;  // INDENTs (> 0) or DEDENTs (< 0) still to emit
  std::vector<int> indent_stack_;
  std::vector<int> alt_indent_stack_;
  std::vector<OpenBracket> brackets_;

  std::size_t tok_begin_ = 0;
  std::size_t tok_end_ = 0;
  int tok_line_ = 1;
  std::size_t tok_line_start_ = 0;
};

}  // namespace

LexResult tokenize(const SourceText& source, const LexOptions& options) { return Lexer(source, options).run(); }

}  // namespace py
