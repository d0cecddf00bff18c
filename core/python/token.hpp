// Tokens as CPython 3.11's tokenizer produces them, with keywords split out so the parser can
// compare kinds instead of strings.
#pragma once

#include <cstdint>
#include <string_view>

namespace py {

#define PY_OPERATOR_TOKENS(X)            \
  X(LPar, "(")                           \
  X(RPar, ")")                           \
  X(LSqb, "[")                           \
  X(RSqb, "]")                           \
  X(LBrace, "{")                         \
  X(RBrace, "}")                         \
  X(Colon, ":")                          \
  X(Comma, ",")                          \
  X(Semi, ";")                           \
  X(Plus, "+")                           \
  X(Minus, "-")                          \
  X(Star, "*")                           \
  X(Slash, "/")                          \
  X(VBar, "|")                           \
  X(Amper, "&")                          \
  X(Less, "<")                           \
  X(Greater, ">")                        \
  X(Equal, "=")                          \
  X(Dot, ".")                            \
  X(Percent, "%")                        \
  X(EqEqual, "==")                       \
  X(NotEqual, "!=")                      \
  X(LessEqual, "<=")                     \
  X(GreaterEqual, ">=")                  \
  X(Tilde, "~")                          \
  X(Circumflex, "^")                     \
  X(LeftShift, "<<")                     \
  X(RightShift, ">>")                    \
  X(DoubleStar, "**")                    \
  X(PlusEqual, "+=")                     \
  X(MinEqual, "-=")                      \
  X(StarEqual, "*=")                     \
  X(SlashEqual, "/=")                    \
  X(PercentEqual, "%=")                  \
  X(AmperEqual, "&=")                    \
  X(VBarEqual, "|=")                     \
  X(CircumflexEqual, "^=")               \
  X(LeftShiftEqual, "<<=")               \
  X(RightShiftEqual, ">>=")              \
  X(DoubleStarEqual, "**=")              \
  X(DoubleSlash, "//")                   \
  X(DoubleSlashEqual, "//=")             \
  X(At, "@")                             \
  X(AtEqual, "@=")                       \
  X(RArrow, "->")                        \
  X(Ellipsis, "...")                     \
  X(ColonEqual, ":=")

#define PY_KEYWORD_TOKENS(X) \
  X(False, "False")          \
  X(None, "None")            \
  X(True, "True")            \
  X(And, "and")              \
  X(As, "as")                \
  X(Assert, "assert")        \
  X(Async, "async")          \
  X(Await, "await")          \
  X(Break, "break")          \
  X(Class, "class")          \
  X(Continue, "continue")    \
  X(Def, "def")              \
  X(Del, "del")              \
  X(Elif, "elif")            \
  X(Else, "else")            \
  X(Except, "except")        \
  X(Finally, "finally")      \
  X(For, "for")              \
  X(From, "from")            \
  X(Global, "global")        \
  X(If, "if")                \
  X(Import, "import")        \
  X(In, "in")                \
  X(Is, "is")                \
  X(Lambda, "lambda")        \
  X(Nonlocal, "nonlocal")    \
  X(Not, "not")              \
  X(Or, "or")                \
  X(Pass, "pass")            \
  X(Raise, "raise")          \
  X(Return, "return")        \
  X(Try, "try")              \
  X(While, "while")          \
  X(With, "with")            \
  X(Yield, "yield")

enum class TokenKind : std::uint8_t {
  EndMarker,
  Name,
  Number,
  String,  // one literal, prefix and quotes included; f-strings too (as in 3.11)
  Newline,
  Indent,
  Dedent,
  // A character that is no token ('$', '?', '!', '`'). CPython hands it to the parser as an
  // operator, which then reports "invalid syntax" at it.
  ErrorOp,
  // Stands for the tokenizer error that ended tokenization (see LexResult::error).
  ErrorToken,
#define PY_TOKEN_ENUM(name, text) name,
  PY_OPERATOR_TOKENS(PY_TOKEN_ENUM)
#define PY_KEYWORD_ENUM(name, text) Kw##name,
  PY_KEYWORD_TOKENS(PY_KEYWORD_ENUM)
#undef PY_TOKEN_ENUM
#undef PY_KEYWORD_ENUM
};

// The operator or keyword spelling, or a CPython token-type name ("NAME", "NEWLINE", ...).
std::string_view token_kind_name(TokenKind kind);
bool is_keyword(TokenKind kind);
// Keyword kind for `text`, or TokenKind::Name.
TokenKind keyword_kind(std::string_view text);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  // Byte range in SourceText::text().
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  // 1-based lines, 0-based UTF-8 byte columns (CPython's lineno/col_offset convention).
  std::int32_t line = 0;
  std::int32_t col = 0;
  std::int32_t end_line = 0;
  std::int32_t end_col = 0;
  // Brackets open after this token (CPython's token level; "Perhaps you forgot a comma?" is only
  // suggested inside brackets).
  std::int32_t level = 0;
};

}  // namespace py
