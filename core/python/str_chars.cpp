#include "python/str_chars.hpp"

#include <algorithm>
#include <iterator>

namespace py::str_chars {
namespace {

struct CaseMapping {
  char32_t cp;
  char32_t to[3];  // unused entries are 0
};
struct CharRange {
  char32_t first, last;
};

#include "python/str_char_tables.inc"

template <std::size_t N>
const CaseMapping* find_mapping(const CaseMapping (&table)[N], char32_t c) {
  const CaseMapping* it = std::lower_bound(std::begin(table), std::end(table), c,
                                           [](const CaseMapping& m, char32_t cp) { return m.cp < cp; });
  return it != std::end(table) && it->cp == c ? it : nullptr;
}

template <std::size_t N>
bool in_ranges(const CharRange (&table)[N], char32_t c) {
  const CharRange* it = std::lower_bound(std::begin(table), std::end(table), c,
                                         [](const CharRange& r, char32_t cp) { return r.last < cp; });
  return it != std::end(table) && it->first <= c;
}

void append_mapped(std::u32string& out, const CaseMapping* m) {
  for (char32_t t : m->to) {
    if (t != 0) out.push_back(t);
  }
}

// A non-ASCII character through `table`, or unchanged.
template <std::size_t N>
void append_from(std::u32string& out, const CaseMapping (&table)[N], char32_t c) {
  if (const CaseMapping* m = find_mapping(table, c)) {
    append_mapped(out, m);
  } else {
    out.push_back(c);
  }
}

}  // namespace

void append_upper(std::u32string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
    return;
  }
  append_from(out, kUpperMappings, c);
}

void append_lower(std::u32string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  append_from(out, kLowerMappings, c);
}

void append_casefold(std::u32string& out, char32_t c) {
  if (c >= 0x80) {
    if (const CaseMapping* m = find_mapping(kCasefoldExceptions, c)) return append_mapped(out, m);
  }
  append_lower(out, c);
}

void append_title(std::u32string& out, char32_t c) {
  if (c >= 0x80) {
    if (const CaseMapping* m = find_mapping(kTitleExceptions, c)) return append_mapped(out, m);
  }
  append_upper(out, c);
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_alpha(char32_t c) { return c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : in_ranges(kAlphaRanges, c); }
bool is_decimal(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : in_ranges(kDecimalRanges, c); }
bool is_digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : in_ranges(kDigitRanges, c); }
bool is_numeric(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : in_ranges(kNumericRanges, c); }
bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : in_ranges(kUpperRanges, c); }
bool is_lower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : in_ranges(kLowerRanges, c); }
bool is_title(char32_t c) { return c >= 0x80 && in_ranges(kTitleRanges, c); }

}  // namespace py::str_chars
