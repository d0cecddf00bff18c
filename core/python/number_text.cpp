#include "python/number_text.hpp"

#include <algorithm>
#include <cstdint>

namespace py {

namespace {

#include "python/number_text_tables.inc"

struct Decoded {
  char32_t cp;
  std::size_t length;
};

// Lenient UTF-8 decoding: a malformed byte decodes as itself (U+0080..U+00FF) with length 1,
// so every input has a repr and a length.
Decoded decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) return {(char32_t{b0} & 0x1F) << 6 | bits(1), 2};
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    char32_t cp = (char32_t{b0} & 0x0F) << 12 | bits(1) << 6 | bits(2);
    if (cp >= 0x800) return {cp, 3};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = (char32_t{b0} & 0x07) << 18 | bits(1) << 12 | bits(2) << 6 | bits(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
  }
  return {b0, 1};
}

int decimal_value_of(char32_t cp) {
  const char32_t* it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
  if (it == std::begin(kDecimalZeros)) return -1;
  const char32_t zero = *(it - 1);
  return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

bool is_non_ascii_space(char32_t cp) {
  return std::find(std::begin(kNonAsciiSpaces), std::end(kNonAsciiSpaces), cp) != std::end(kNonAsciiSpaces);
}

void append_hex(std::string& out, char32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
}

}  // namespace

std::string_view numeric_ascii(std::string_view text, std::string& buffer) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return text;
  }
  buffer.clear();
  buffer.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    Decoded d = decode(text, i);
    i += d.length;
    if (d.cp < 0x80) {
      buffer += static_cast<char>(d.cp);
    } else if (is_non_ascii_space(d.cp)) {
      buffer += ' ';
    } else if (int v = decimal_value_of(d.cp); v >= 0) {
      buffer += static_cast<char>('0' + v);
    } else {
      buffer += '?';
    }
  }
  return buffer;
}

bool is_printable(char32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return true;
  // The first range whose end is >= cp contains it, if any does.
  const auto* it = std::lower_bound(std::begin(kNonPrintable), std::end(kNonPrintable), cp,
                                    [](const char32_t (&r)[2], char32_t v) { return r[1] < v; });
  return it == std::end(kNonPrintable) || (*it)[0] > cp;
}

std::string str_repr(std::string_view s) {
  const bool has_single = s.find('\'') != std::string_view::npos;
  const bool has_double = s.find('"') != std::string_view::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (std::size_t i = 0; i < s.size();) {
    Decoded d = decode(s, i);
    const char32_t cp = d.cp;
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp) && d.length > 1) {
      out.append(s.substr(i, d.length));
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
    i += d.length;
  }
  out += quote;
  return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  Decoded d = decode(s, i);
  i += d.length;
  return d.cp;
}

int unicode_decimal(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  return decimal_value_of(cp);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string_view truncate_code_points(std::string_view s, std::size_t max_chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; n < max_chars && i < s.size(); n++) i += decode(s, i).length;
  return s.substr(0, i);
}

}  // namespace py
