// Python's view of a running frame (`gen.gi_frame`, `coro.cr_frame`): f_code, f_lineno,
// f_globals and f_locals of a suspended generator or coroutine. It reads the generator's live
// frame, which the VM keeps as a plain C++ struct (frame.hpp), so it holds the generator, not the
// frame.
#pragma once

#include "python/object.hpp"

namespace py {

extern Type* frame_type;

// A view of `generator`'s frame; the generator must not have finished (its frame is then None).
Value make_frame_view(const Value& generator);

void init_frame_type();

}  // namespace py
