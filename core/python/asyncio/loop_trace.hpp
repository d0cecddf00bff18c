// Reports a loop's events to the run's trace (vm_trace()), for the page's timeline.
#pragma once

#include "loop/trace.hpp"

namespace py {

// The tracer every loop of a traced run gets. Stateless: it reads the running run's trace.
aio::Tracer& loop_tracer();

}  // namespace py
