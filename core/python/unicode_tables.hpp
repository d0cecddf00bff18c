// Code point classes the front end needs, generated from CPython 3.11's Unicode database so that
// identifiers and `invalid character` errors agree with the oracle. See gen_unicode_tables.py.
#pragma once

#include <cstddef>
#include <cstdint>

namespace py::unicode_tables {

struct CodepointRange {
  std::uint32_t first;
  std::uint32_t last;  // inclusive
};

extern const CodepointRange kXidStart[];  // may start an identifier (str.isidentifier)
extern const std::size_t kXidStart_size;
extern const CodepointRange kXidContinue[];  // may continue an identifier
extern const std::size_t kXidContinue_size;
extern const CodepointRange kPrintable[];  // str.isprintable
extern const std::size_t kPrintable_size;

}  // namespace py::unicode_tables
