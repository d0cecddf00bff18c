#include "python/literals.hpp"

#include <cstdlib>
#include <limits>

#include "python/unicode.hpp"

namespace py::literals {

StringToken split_string_token(std::string_view text) {
  StringToken t;
  std::size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    switch (text[i]) {
      case 'b': case 'B': t.bytes = true; break;
      case 'r': case 'R': t.raw = true; break;
      case 'f': case 'F': t.fstring = true; break;
      case 'u': case 'U': t.u_prefix = true; break;
      default: break;
    }
    i++;
  }
  std::size_t quote_len = 1;
  if (i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] && text.size() - i >= 6) {
    quote_len = 3;
  }
  t.body_offset = i + quote_len;
  t.body = text.substr(t.body_offset, text.size() - t.body_offset - quote_len);
  return t;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython's UnicodeDecodeError text for codec "unicodeescape".
std::string unicode_escape_error(std::size_t start, std::size_t end, std::string_view buffer, const char* reason) {
  std::string msg = "(unicode error) 'unicodeescape' codec can't decode ";
  if (end - start == 1) {
    static const char hex[] = "0123456789abcdef";
    unsigned b = static_cast<unsigned char>(buffer[start]);
    msg += "byte 0x";
    msg += hex[b >> 4];
    msg += hex[b & 15];
    msg += " in position " + std::to_string(start);
  } else {
    msg += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  msg += ": ";
  msg += reason;
  return msg;
}

// CPython first rewrites every non-ASCII character as a 10-byte "\UXXXXXXXX" escape (and a
// backslash before one as "\u005c") and then runs the unicode-escape codec over the result, so
// error positions count in that rewritten buffer. We build the same buffer to report the same
// positions; its escapes decode back to the original characters.
std::string rewrite_non_ascii(std::string_view body) {
  std::string buf;
  buf.reserve(body.size());
  static const char hex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '\\') {
      buf += body[i++];
      if (i >= body.size() || (static_cast<unsigned char>(body[i]) & 0x80)) {
        buf += "u005c";
        if (i >= body.size()) break;
      }
    }
    if (static_cast<unsigned char>(body[i]) & 0x80) {
      auto d = unicode::decode_utf8(body, i);
      if (d.length == 0) d = {static_cast<unsigned char>(body[i]), 1};
      buf += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) buf += hex[(d.cp >> shift) & 15];
      i += static_cast<std::size_t>(d.length);
    } else {
      buf += body[i++];
    }
  }
  return buf;
}

}  // namespace

bool decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
  if (body.find('\\') == std::string_view::npos) {
    out.assign(body.data(), body.size());
    return true;
  }
  std::string buf = rewrite_non_ascii(body);
  std::string_view s = buf;
  out.clear();
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      i++;
      continue;
    }
    std::size_t start = i;
    i++;
    if (i >= s.size()) {
      error = unicode_escape_error(start, s.size(), s, "\\ at end of string");
      return false;
    }
    c = s[i++];
    switch (c) {
      case '\n': break;  // line continuation inside the literal
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t value = static_cast<char32_t>(c - '0');
        for (int n = 1; n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7'; n++) {
          value = value * 8 + static_cast<char32_t>(s[i++] - '0');
        }
        unicode::append_utf8(out, value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* reason = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        char32_t value = 0;
        for (; count > 0; count--, i++) {
          int h = i < s.size() ? hex_value(s[i]) : -1;
          if (h < 0) {
            error = unicode_escape_error(start, i, s, reason);
            return false;
          }
          value = (value << 4) | static_cast<char32_t>(h);
        }
        if (value > 0x10FFFF) {
          error = unicode_escape_error(start, i, s, "illegal Unicode character");
          return false;
        }
        unicode::append_utf8(out, value);
        break;
      }
      case 'N': {
        // Named escapes need the Unicode name database (~1 MB), which the playground does not ship;
        // a malformed one gets CPython's message.
        std::size_t end = i;
        bool well_formed = false;
        if (end < s.size() && s[end] == '{') {
          std::size_t name_start = ++end;
          while (end < s.size() && s[end] != '}') end++;
          well_formed = end < s.size() && end > name_start;
          if (well_formed) end++;  // past the '}'
        }
        error = unicode_escape_error(start, end, s,
                                     well_formed ? "named Unicode escapes (\\N{...}) are not supported in this playground"
                                                 : "malformed \\N character escape");
        return false;
      }
      default:
        // Unknown escapes stay as written (CPython 3.11 only emits a DeprecationWarning).
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

bool decode_bytes_escapes(std::string_view s, std::string& out, std::string& error) {
  out.clear();
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      i++;
      continue;
    }
    std::size_t start = i;
    i++;
    if (i >= s.size()) {
      error = "(value error) Trailing \\ in string";
      return false;
    }
    c = s[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(c - '0');
        for (int n = 1; n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7'; n++) {
          value = value * 8 + static_cast<unsigned>(s[i++] - '0');
        }
        out += static_cast<char>(value & 0xFF);
        break;
      }
      case 'x': {
        int h1 = i < s.size() ? hex_value(s[i]) : -1;
        int h2 = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          error = "(value error) invalid \\x escape at position " + std::to_string(start);
          return false;
        }
        out += static_cast<char>(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

bool parse_number(std::string_view text, Number& out, std::string& error) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (c != '_') clean += c;
  }
  out = Number{};
  char last = clean.empty() ? '\0' : clean.back();
  if (last == 'j' || last == 'J') {
    out.kind = NumberKind::Complex;
    clean.pop_back();
    out.float_value = std::strtod(clean.c_str(), nullptr);
    return true;
  }
  if (clean.size() > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' ||
                                               clean[1] == 'O' || clean[1] == 'b' || clean[1] == 'B')) {
    char p = static_cast<char>(clean[1] | 0x20);
    out.base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    clean.erase(0, 2);
  } else if (clean.find_first_of(".eE") != std::string::npos) {
    out.kind = NumberKind::Float;
    out.float_value = std::strtod(clean.c_str(), nullptr);
    return true;
  }
  std::size_t first = clean.find_first_not_of('0');
  out.digits = first == std::string::npos ? "0" : clean.substr(first);
  for (char& c : out.digits) c = static_cast<char>(c >= 'A' && c <= 'F' ? c + ('a' - 'A') : c);
  if (out.base == 10 && clean.size() > kMaxDecimalDigits) {
    error = "Exceeds the limit (" + std::to_string(kMaxDecimalDigits) +
            " digits) for integer string conversion: value has " + std::to_string(clean.size()) +
            " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
            "integer literals to avoid decimal conversion limits.";
    return false;
  }
  std::uint64_t value = 0;
  bool fits = true;
  for (char c : out.digits) {
    std::uint64_t d = static_cast<std::uint64_t>(hex_value(c));
    if (value > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - d) / static_cast<std::uint64_t>(out.base)) {
      fits = false;
      break;
    }
    value = value * static_cast<std::uint64_t>(out.base) + d;
  }
  out.fits_int64 = fits;
  out.int_value = fits ? static_cast<std::int64_t>(value) : 0;
  return true;
}

}  // namespace py::literals
