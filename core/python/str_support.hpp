// Internal to the str files: code point access to UTF-8 (WTF-8) text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "python/str_object.hpp"

namespace py {

// Decodes the code point at text[pos] and advances pos. Lenient: lone surrogates (WTF-8) decode
// to themselves, and a stray byte decodes to its own value.
char32_t next_char(std::string_view text, std::size_t& pos);
// Code points in `text`.
std::int64_t count_code_points(std::string_view text);
// Byte offset of code point `index` (0 <= index <= length) in `s`.
std::size_t code_point_offset(const StrObject& s, std::int64_t index);
// The text as code points (for the algorithms that need random access to non-ASCII text).
std::u32string code_points(std::string_view text);
void append_code_point(std::string& out, char32_t cp);
// A one-character str; ASCII characters are interned, so this rarely allocates.
Value str_from_code_point(char32_t cp);

// hash() of a str (cached in the object).
std::int64_t str_hash_value(StrObject* s);

// Python-visible text of a str Value (requires is_str).
inline std::string_view text_of(const Value& v) { return as_str(v)->view(); }

// %-formatting (`format % args`) and str.format(); str_format.cpp.
Value str_percent_format(const Value& format, const Value& args);
Value str_format_method(const Value& self, const Args& args);
Value str_format_map_method(const Value& self, const Args& args);
// format(s, spec) for strs (str.__format__).
Value format_str(const Value& s, std::string_view spec);

}  // namespace py
