#include "python/unicode.hpp"

#include <algorithm>

#include "python/unicode_tables.hpp"

namespace py::unicode {

namespace {

bool in_table(const unicode_tables::CodepointRange* table, std::size_t size, char32_t cp) {
  const auto* end = table + size;
  const auto* it = std::upper_bound(table, end, cp,
                                    [](char32_t c, const unicode_tables::CodepointRange& r) { return c < r.first; });
  if (it == table) return false;
  --it;
  return cp >= it->first && cp <= it->last;
}

bool ascii_alpha(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

}  // namespace

bool is_xid_start(char32_t cp) {
  if (cp < 128) return ascii_alpha(cp) || cp == '_';
  return in_table(unicode_tables::kXidStart, unicode_tables::kXidStart_size, cp);
}

bool is_xid_continue(char32_t cp) {
  if (cp < 128) return ascii_alpha(cp) || cp == '_' || (cp >= '0' && cp <= '9');
  return in_table(unicode_tables::kXidContinue, unicode_tables::kXidContinue_size, cp);
}

bool is_printable(char32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  return in_table(unicode_tables::kPrintable, unicode_tables::kPrintable_size, cp);
}

Decoded decode_utf8(std::string_view s, std::size_t pos) {
  auto byte = [&](std::size_t i) -> unsigned { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  unsigned b0 = byte(pos);
  if (pos >= s.size()) return {};
  if (b0 < 0x80) return {b0, 1};
  int len;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {};
  }
  for (int i = 1; i < len; i++) {
    unsigned b = byte(pos + i);
    if (pos + i >= s.size() || (b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, len};
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

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) n++;
  }
  return n;
}

std::string hex_codepoint(char32_t cp) {
  static const char digits[] = "0123456789ABCDEF";
  std::string hex;
  for (char32_t v = cp; v != 0; v >>= 4) hex.insert(hex.begin(), digits[v & 0xF]);
  while (hex.size() < 4) hex.insert(hex.begin(), '0');
  return hex;
}

}  // namespace py::unicode
