// String literals: implicit concatenation, escape decoding and f-strings, ported from CPython
// 3.11's Parser/string_parser.c so that values, node positions and error messages agree.
//
// As in 3.11, an f-string is one STRING token; its replacement fields are found by scanning the
// text, and each field's expression is parsed by a nested Parser over "(" + text + ")" whose
// tokens are shifted to the field's place in the file.
#include "python/literals.hpp"
#include "python/parser_internal.hpp"

namespace py::detail {

using ast::Expr;

struct Parser::FStringState {
  bool fmode = false;     // an f-string took part: the result is a JoinedStr
  bool has_last = false;  // `last` holds literal text not yet turned into a Constant
  std::string last;
  std::vector<Expr*> values;

  void concat(std::string s) {
    if (s.empty()) return;
    if (has_last) {
      last += s;
    } else {
      last = std::move(s);
      has_last = true;
    }
  }
};

ast::Constant* Parser::make_str_constant(std::string value, const Token& first, const Token& last) {
  auto* c = make<ast::Constant>(span(first, last));
  c->value_kind = ast::ConstantKind::Str;
  c->text = intern(value);
  c->u_prefix = text(first).substr(0, 1) == "u";
  return c;
}

// strings: STRING+
Expr* Parser::strings() {
  std::vector<const Token*> parts;
  while (at(TokenKind::String)) parts.push_back(&next());
  peek();  // CPython has fetched the token after the strings when it decodes them
  const Token& first = *parts.front();
  const Token& last = *parts.back();
  bool bytesmode = false;
  std::string bytes;
  FStringState state;
  for (std::size_t i = 0; i < parts.size(); i++) {
    const Token& t = *parts[i];
    literals::StringToken st = literals::split_string_token(text(t));
    std::string value;
    if (!st.fstring) {
      std::string message;
      if (st.bytes) {
        for (char c : st.body) {
          if (static_cast<unsigned char>(c) >= 0x80) {
            raise_at(token_loc(t), "bytes can only contain ASCII literal characters");
          }
        }
        if (st.raw) {
          value.assign(st.body);
        } else if (!literals::decode_bytes_escapes(st.body, value, message)) {
          raise_last(message);
        }
      } else if (st.raw) {
        value.assign(st.body);
      } else if (!literals::decode_str_escapes(st.body, value, message)) {
        raise_last(message);
      }
    }
    if (i != 0 && bytesmode != st.bytes) raise_last("cannot mix bytes and nonbytes literals");
    bytesmode = st.bytes;
    if (st.fstring) {
      std::size_t cursor = 0;
      fstring_concat(state, st.body, t.begin + st.body_offset, st.raw, 0, first, t, last, cursor);
    } else if (bytesmode) {
      bytes += value;
    } else {
      state.concat(std::move(value));
    }
  }
  if (bytesmode) {
    auto* c = make<ast::Constant>(span(first, last));
    c->value_kind = ast::ConstantKind::Bytes;
    c->text = intern(bytes);
    return c;
  }
  return fstring_finish(state, first, last);
}

Expr* Parser::fstring_finish(FStringState& state, const Token& first, const Token& last) {
  if (!state.fmode) return make_str_constant(state.has_last ? state.last : std::string(), first, last);
  if (state.has_last) {
    state.values.push_back(make_str_constant(std::move(state.last), first, last));
    state.has_last = false;
  }
  auto* j = make<ast::JoinedStr>(span(first, last));
  j->values = seq(state.values);
  return j;
}

// _PyPegen_FstringParser_ConcatFstring: literal text and replacement fields of one f-string body
// (or of a format spec, at recurse_level 1), from `cursor` on.
void Parser::fstring_concat(FStringState& state, std::string_view body, std::size_t body_offset, bool raw,
                            int recurse_level, const Token& first, const Token& t, const Token& last,
                            std::size_t& cursor) {
  state.fmode = true;
  const std::size_t end = body.size();
  for (;;) {
    // fstring_find_literal: up to an undoubled brace (a doubled one ends the literal early).
    std::size_t s = cursor;
    const std::size_t literal_start = s;
    bool doubled_brace = false;
    while (s < end) {
      char ch = body[s++];
      if (!raw && ch == '\\' && s < end) {
        ch = body[s++];
        if (ch == 'N') {  // skip "\N{...}" so its braces are not fields
          if (s < end && body[s++] == '{') {
            while (s < end && body[s++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_level == 0) {
          if (s < end && body[s] == ch) {
            doubled_brace = true;
            break;
          }
          if (ch == '}') {
            cursor = s - 1;
            raise_last("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    std::string_view literal = body.substr(literal_start, s - literal_start);
    cursor = doubled_brace ? s + 1 : s;
    if (!literal.empty()) {
      std::string value;
      std::string message;
      if (raw) {
        value.assign(literal);
      } else if (!literals::decode_str_escapes(literal, value, message)) {
        raise_last(message);
      }
      state.concat(std::move(value));
    }
    if (doubled_brace) continue;
    if (cursor >= end || body[cursor] == '}') break;  // end of this f-string (or format spec)

    std::string expr_text;
    bool has_expr_text = false;
    Expr* value = nullptr;
    {
      // fstring_find_expr
      if (recurse_level >= 2) raise_last("f-string: expressions nested too deeply");
      cursor++;  // '{'
      const std::size_t expr_start = cursor;
      char quote_char = 0;
      int string_type = 0;
      std::vector<char> parens;
      for (; cursor < end; cursor++) {
        char ch = body[cursor];
        if (ch == '\\') raise_last("f-string expression part cannot include a backslash");
        if (quote_char) {
          if (ch == quote_char) {
            if (string_type == 3) {
              if (cursor + 2 < end && body[cursor + 1] == ch && body[cursor + 2] == ch) {
                cursor += 2;
                string_type = 0;
                quote_char = 0;
                continue;
              }
            } else {
              string_type = 0;
              quote_char = 0;
              continue;
            }
          }
        } else if (ch == '\'' || ch == '"') {
          if (cursor + 2 < end && body[cursor + 1] == ch && body[cursor + 2] == ch) {
            string_type = 3;
            cursor += 2;
          } else {
            string_type = 1;
          }
          quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
          if (parens.size() >= static_cast<std::size_t>(kMaxBracketNesting)) {
            raise_last("f-string: too many nested parenthesis");
          }
          parens.push_back(ch);
        } else if (ch == '#') {
          raise_last("f-string expression part cannot include '#'");
        } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
          if (cursor + 1 < end) {
            char next_ch = body[cursor + 1];
            if ((ch == '!' && next_ch == '=') || (ch == '=' && next_ch == '=') || (ch == '<' && next_ch == '=') ||
                (ch == '>' && next_ch == '=')) {
              cursor += 1;
              continue;
            }
          }
          if (ch == '>' || ch == '<') continue;
          break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
          if (parens.empty()) raise_last(std::string("f-string: unmatched '") + ch + "'");
          char opening = parens.back();
          parens.pop_back();
          if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
            raise_last(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                       opening + "'");
          }
        }
      }
      const std::size_t expr_end = cursor;
      if (quote_char) raise_last("f-string: unterminated string");
      if (!parens.empty()) raise_last(std::string("f-string: unmatched '") + parens.back() + "'");
      if (cursor >= end) raise_last("f-string: expecting '}'");

      Expr* simple = fstring_compile_expr(body, expr_start, expr_end, body_offset, t);

      if (body[cursor] == '=') {  // the "=" debug specifier keeps the expression's text
        cursor++;
        while (cursor < end && (body[cursor] == ' ' || body[cursor] == '\t' || body[cursor] == '\n' ||
                                body[cursor] == '\r' || body[cursor] == '\f' || body[cursor] == '\v')) {
          cursor++;
        }
        if (cursor >= end) raise_last("f-string: expecting '}'");
        expr_text.assign(body.substr(expr_start, cursor - expr_start));
        has_expr_text = true;
      }
      int conversion = -1;
      if (body[cursor] == '!') {
        cursor++;
        if (cursor >= end) raise_last("f-string: expecting '}'");
        conversion = static_cast<unsigned char>(body[cursor]);
        cursor++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
          raise_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
      }
      Expr* format_spec = nullptr;
      if (cursor < end && body[cursor] == ':') {
        cursor++;
        if (cursor >= end) raise_last("f-string: expecting '}'");
        FStringState spec;
        fstring_concat(spec, body, body_offset, raw, recurse_level + 1, first, t, last, cursor);
        format_spec = fstring_finish(spec, t, t);
      }
      if (cursor >= end || body[cursor] != '}') raise_last("f-string: expecting '}'");
      cursor++;
      if (has_expr_text && format_spec == nullptr && conversion == -1) conversion = 'r';
      auto* fv = make<ast::FormattedValue>(span(first, last));
      fv->value = simple;
      fv->conversion = conversion;
      fv->format_spec = format_spec;
      value = fv;
    }
    if (has_expr_text) state.concat(std::move(expr_text));
    if (state.has_last) {
      state.values.push_back(make_str_constant(std::move(state.last), first, last));
      state.has_last = false;
      state.last.clear();
    }
    state.values.push_back(value);
  }
  if (recurse_level == 0 && cursor < end) raise_last("f-string: unexpected end of string");
  if (recurse_level != 0 && (cursor >= end || body[cursor] != '}')) raise_last("f-string: expecting '}'");
}

// fstring_compile_expr: parses one replacement field's expression.
Expr* Parser::fstring_compile_expr(std::string_view body, std::size_t expr_start, std::size_t expr_end,
                                   std::size_t body_offset, const Token& t) {
  std::size_t s = expr_start;
  while (s != expr_end && (body[s] == ' ' || body[s] == '\t' || body[s] == '\n' || body[s] == '\f')) s++;
  if (s == expr_end) {
    char c = body[expr_end];
    if (c == '!' || c == ':' || c == '=') raise_last(std::string("f-string: expression required before '") + c + "'");
    raise_last("f-string: empty expression not allowed");
  }

  // Where the field sits in the file (fstring_find_expr_location), CPython's quirks included: the
  // column shift applies to the field's first line only.
  std::string_view token_text = source_.text().substr(t.begin, t.end - t.begin);
  std::size_t brace = body_offset + expr_start - 1 - t.begin;  // offset of '{' in token_text
  int lines = 0;
  int cols = 0;
  bool newline_after_brace = true;
  for (std::size_t i = brace + 1; i < token_text.size() && token_text[i] != '}' && token_text[i] != '\n'; i++) {
    char c = token_text[i];
    if (c != ' ' && c != '\t' && c != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  // Lines before the brace, and where the brace's line starts. CPython rescans the token from its
  // start for every field (quadratic on a long f-string); we continue from the previous field.
  if (field_scan_.token_begin != t.begin || field_scan_.pos > brace) field_scan_ = FieldScan{t.begin};
  for (; field_scan_.pos < brace; field_scan_.pos++) {
    if (token_text[field_scan_.pos] == '\n') {
      field_scan_.lines++;
      field_scan_.last_newline = field_scan_.pos;
      field_scan_.seen_newline = true;
    }
  }
  lines = field_scan_.lines;
  if (!newline_after_brace) {
    cols += field_scan_.seen_newline ? static_cast<int>(brace - field_scan_.last_newline) - 1 : static_cast<int>(brace);
  }

  std::string field = "(";
  field += body.substr(expr_start, expr_end - expr_start);
  field += ")";
  SourceText sub_source(field);
  LexOptions lex_options;
  lex_options.filename = setup_.filename;
  LexResult sub_lex = tokenize(sub_source, lex_options);
  const int line_delta = t.line + lines - 1;
  // The token's own column only counts when the field is on the token's first line.
  const int col_shift = lines == 0 ? t.col + cols : cols;
  for (Token& tok : sub_lex.tokens) {
    if (tok.line == 1) {
      tok.col += col_shift;
      if (tok.end_line == 1) tok.end_col += col_shift;
    }
    tok.line += line_delta;
    tok.end_line += line_delta;
  }
  if (sub_lex.error && sub_lex.error->line > 0) {
    sub_lex.error->line += line_delta;
    sub_lex.error->end_line += line_delta;
  }
  for (OpenBracket& b : sub_lex.open_brackets) b.line += line_delta;

  Setup setup;
  setup.source = &sub_source;
  setup.lex = &sub_lex;
  setup.arena = arena_;
  setup.filename = setup_.filename;
  setup.max_depth = setup_.max_depth;
  setup.initial_depth = depth_;
  setup.fstring_mode = true;
  setup.fstring_col_shift = col_shift;
  Parser sub(std::move(setup));
  Expr* result = nullptr;
  SyntaxErrorInfo error;
  if (!sub.parse_fstring_field(result, error)) {
    bool fatal_error = error.kind == ErrorKind::RecursionError;
    error_ = std::move(error);
    throw ParseAbort{fatal_error ? ParseAbort::Reason::Fatal : ParseAbort::Reason::Error};
  }
  return result;
}

}  // namespace py::detail
