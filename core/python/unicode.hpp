// UTF-8 and code point classification helpers shared by the lexer, literal decoding and the dumper.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace py::unicode {

bool is_xid_start(char32_t cp);     // may start an identifier ('_' and ASCII letters included)
bool is_xid_continue(char32_t cp);  // may continue an identifier
bool is_printable(char32_t cp);     // str.isprintable() for one character

struct Decoded {
  char32_t cp = 0;
  int length = 0;  // bytes consumed; 0 if the bytes at `pos` are not valid UTF-8
};

// Strict decoding of one UTF-8 sequence (no overlongs, no surrogates, <= U+10FFFF).
Decoded decode_utf8(std::string_view s, std::size_t pos);

// Appends `cp` encoded as UTF-8. Surrogates are encoded too (WTF-8), because Python strings may hold
// lone surrogates ("\ud800") and the VM must be able to round-trip them.
void append_utf8(std::string& out, char32_t cp);

// Number of code points CPython gets when it decodes `s` with errors="replace": every byte that is
// not a UTF-8 continuation byte starts one character. Used to turn byte columns into CPython's
// character offsets.
std::size_t count_chars(std::string_view s);

// "U+20AC"-style upper-case hex, at least 4 digits (CPython's "%04X").
std::string hex_codepoint(char32_t cp);

}  // namespace py::unicode
