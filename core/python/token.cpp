#include "python/token.hpp"

namespace py {

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::ErrorOp: return "OP";
    case TokenKind::ErrorToken: return "ERRORTOKEN";
#define PY_TOKEN_CASE(name, text) \
  case TokenKind::name: return text;
      PY_OPERATOR_TOKENS(PY_TOKEN_CASE)
#undef PY_TOKEN_CASE
#define PY_KEYWORD_CASE(name, text) \
  case TokenKind::Kw##name: return text;
      PY_KEYWORD_TOKENS(PY_KEYWORD_CASE)
#undef PY_KEYWORD_CASE
  }
  return "?";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::KwFalse; }

TokenKind keyword_kind(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
#define PY_KEYWORD_MATCH(name, spelling) \
  if (text == spelling) return TokenKind::Kw##name;
  PY_KEYWORD_TOKENS(PY_KEYWORD_MATCH)
#undef PY_KEYWORD_MATCH
  return TokenKind::Name;
}

}  // namespace py
