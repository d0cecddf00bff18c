// Argument checking for built-in functions and methods, with CPython 3.11's messages.
//
// CPython's built-ins check their arguments in a few distinct ways, each with its own wording; pick
// the helper that matches the function being imitated (run it in python3 to see which one):
//
//   len(1, 2)          check_one_arg     "len() takes exactly one argument (2 given)"
//   'a'.upper(1)       check_no_args     "str.upper() takes no arguments (1 given)"
//   getattr()          check_positional  "getattr expected at least 2 arguments, got 0"
//   'a'.count()        check_arg_range   "count() takes at least 1 argument (0 given)"
//   len(x=1)           check_no_kwargs   "len() takes no keyword arguments"
//   round(1, foo=2)    parse_args        "'foo' is an invalid keyword argument for round()"
//
// Every helper returns false with a TypeError set when the arguments do not fit. The first four
// also reject keyword arguments (CPython's positional-only built-ins do).
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "python/object.hpp"

namespace py {

// "f() takes no keyword arguments" when any keyword argument was passed.
bool check_no_kwargs(const Args& args, const char* fname);

// METH_NOARGS: "f() takes no arguments (N given)". fname is what CPython prints: "str.upper".
bool check_no_args(const Args& args, const char* fname);

// METH_O: "f() takes exactly one argument (N given)". fname: "len", "list.append".
bool check_one_arg(const Args& args, const char* fname);

// Argument Clinic's positional check: "f expected 2 arguments, got 1",
// "f expected at least 1 argument, got 0", "f expected at most 3 arguments, got 4".
bool check_positional(const Args& args, const char* fname, std::size_t min, std::size_t max);

// The older PyArg_ParseTuple check: "f() takes exactly 2 arguments (1 given)",
// "f() takes at least 1 argument (0 given)", "f() takes at most 2 arguments (3 given)".
bool check_arg_range(const Args& args, const char* fname, std::size_t min, std::size_t max);

// A built-in's parameter list for parse_args(), as Argument Clinic describes one:
//
//   round(number, ndigits=None)
//     ArgSpec{.fname = "round", .names = {"number", "ndigits"}, .minpos = 1}
//   print(*objects, sep=' ', end='\n', file=None, flush=False)
//     ArgSpec{.fname = "print", .names = {"sep", "end", "file", "flush"}, .maxpos = 0, .varargs = true}
//   sorted(iterable, /, *, key=None, reverse=False)
//     ArgSpec{.fname = "sorted", .names = {"iterable", "key", "reverse"}, .posonly = 1, .minpos = 1, .maxpos = 1}
struct ArgSpec {
  static constexpr std::size_t kMaxParams = 8;
  const char* fname = nullptr;                   // messages say "fname()"
  std::array<const char*, kMaxParams> names{};   // every parameter, in order (unused entries null)
  int posonly = 0;   // leading parameters that cannot be passed by keyword
  int minpos = 0;    // leading parameters that are required
  int maxpos = -1;   // parameters that may be passed by position; the rest are keyword-only (-1: all)
  int minkw = 0;     // leading keyword-only parameters that are required
  bool varargs = false;  // extra positional arguments are the caller's (print's *objects)

  int param_count() const;
  int positional_count() const { return maxpos < 0 ? param_count() : maxpos; }
};

// Binds `args` to the spec's parameters: out[i] receives parameter i's argument, or stays empty
// when it was not passed (the caller applies the default). out.size() must be param_count(). With
// varargs, positional arguments past maxpos are left for the caller to read from args.pos.
// Messages follow CPython's _PyArg_UnpackKeywords ("round() missing required argument 'number'
// (pos 1)", "argument for round() given by name ('number') and position (1)", ...).
bool parse_args(const Args& args, const ArgSpec& spec, std::span<Value> out);

}  // namespace py
