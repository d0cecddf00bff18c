// Internal to the str files: Unicode case mappings and character classes of str methods, as
// CPython 3.11's (tables generated from its Unicode database by gen_str_char_tables.py).
#pragma once

#include <string>

namespace py::str_chars {

// Full mappings: one character may become up to three ('ß'.upper() == 'SS').
void append_upper(std::u32string& out, char32_t c);
void append_lower(std::u32string& out, char32_t c);
void append_casefold(std::u32string& out, char32_t c);
void append_title(std::u32string& out, char32_t c);

bool is_space(char32_t c);
bool is_alpha(char32_t c);
bool is_decimal(char32_t c);
bool is_digit(char32_t c);
bool is_numeric(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_title(char32_t c);  // titlecase letters such as 'ǅ'
inline bool is_cased(char32_t c) { return is_upper(c) || is_lower(c) || is_title(c); }
inline bool is_alnum(char32_t c) { return is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c); }

}  // namespace py::str_chars
