// Printing uncaught exceptions and warnings the way CPython 3.11 prints them on stderr.
#pragma once

#include <string>

#include "python/exception_object.hpp"

namespace py {

// The full report of an uncaught exception, chained exceptions first: "Traceback (most recent
// call last):", each frame's file, line, function, source line and 3.11's caret line, then
// "ValueError: message". Runs str() on the exceptions (may run Python code).
std::string format_exception(BaseExceptionObject* exc);

// The traceback and "ValueError: message" of the exception alone, as CPython reports an error it
// ignores (PyErr_WriteUnraisable): no chained exceptions, no "Did you mean".
std::string format_exception_unchained(BaseExceptionObject* exc);

// PyErr_WriteUnraisable: reports the current error, which nothing can catch (it was raised while
// closing a dropped generator, or in __del__), on stderr and clears it: "Exception ignored in:
// <repr of obj>" and the error alone, whose traceback is the current line when it has none. The
// heap's cap is off while it reports.
void write_unraisable(const Value& obj);

// "ValueError: message" (or just "ValueError"), the last line of a report.
std::string format_exception_only(BaseExceptionObject* exc);

// Prints a warning for the running line on stderr as CPython's default filter does (once per
// message and location): `main.py:2: RuntimeWarning: message` and the stripped source line.
// `tracemalloc_hint` adds CPython's "Enable tracemalloc" line (unawaited coroutines).
void warn_at_current_line(Type* category, const std::string& message, bool tracemalloc_hint);

}  // namespace py
