// How asyncio names callbacks in reprs (Lib/asyncio/format_helpers.py): `cb(1, 2) at main.py:6`,
// `callback(2)() at main.py:10` for functools.partial(callback, 2), `print()` for built-ins.
#pragma once

#include <span>
#include <string>

#include "python/object.hpp"

namespace py {

// repr(v) for a message or a repr that must not fail: "<...>" when repr() raises.
std::string repr_or_placeholder(const Value& v);

// reprlib.repr(v): what asyncio shows of results and callback arguments, shortened
// ('xxxxxxxxxxxx...xxxxxxxxxxxxx'). False with an exception set when repr() raises.
bool limited_repr(const Value& v, std::string& out);

// _format_callback_source(fn, args). Never fails: a failing repr() shows as "<...>".
std::string format_callback_source(const Value& fn, std::span<const Value> args);

}  // namespace py
