// The event loop at one moment, for the host's inspector (Interpreter::snapshot()).
#pragma once

#include "python/interpreter.hpp"

namespace py {

// The loop the program runs, else the current loop of get_event_loop(); has_loop false if none.
// Fills everything but `time` and `main`, which are the run's.
LoopSnapshot snapshot_loop();

}  // namespace py
