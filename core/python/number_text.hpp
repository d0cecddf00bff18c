// The text side of int() and float(): CPython reads any Unicode decimal digit as its ASCII
// digit and any Unicode space as ' ' before parsing, and quotes the argument with repr() in its
// error messages. Strings are UTF-8 (lone surrogates, if the engine stores them WTF-8 style, are
// decoded as code points too).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace py {

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII is kept; a non-ASCII space becomes
// ' ', a non-ASCII decimal digit its ASCII digit, anything else '?'. Returns `text` itself when
// it is all ASCII (the common case, no copy), else a view of `buffer`.
std::string_view numeric_ascii(std::string_view text, std::string& buffer);

// Python's str.isspace() for ASCII: " \t\n\v\f\r" (not \x1c-\x1f, which int() rejects).
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// str.isprintable() for one code point (Unicode 14.0, as CPython 3.11).
bool is_printable(char32_t cp);

// repr(s) of a Python str: single quotes unless s contains ' and no ", backslash escapes for
// \\ \n \r \t and the quote, \xhh / \uhhhh / \Uhhhhhhhh for non-printable code points, every
// printable character kept as is.
std::string str_repr(std::string_view utf8);

// Decodes the code point at s[i] and advances i past it. Lenient: a malformed byte decodes as
// itself (U+0080..U+00FF), so any byte string has a length and a repr.
char32_t next_code_point(std::string_view s, std::size_t& i);

// Py_UNICODE_TODECIMAL: 0..9 for a Unicode decimal digit (category Nd), else -1.
int unicode_decimal(char32_t cp);

void append_utf8(std::string& out, char32_t cp);

// The first `max_chars` code points of a UTF-8 string (CPython's "%.200R" cuts a repr so).
std::string_view truncate_code_points(std::string_view utf8, std::size_t max_chars);

}  // namespace py
