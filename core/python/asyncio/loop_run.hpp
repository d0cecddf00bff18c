// Running an event loop while the program waits: run_until_complete(), run_forever() and
// asyncio.run() suspend the program (vm.hpp) with one of these, and the host steps the loop.
#pragma once

#include <functional>
#include <memory>

#include "python/object.hpp"
#include "python/vm.hpp"

namespace py {

// Runs `loop` until `future` is done (run_until_complete: asyncio's _run_until_complete_cb stops
// the loop then), or, with an empty future, until loop.stop() (run_forever). Its result is the
// future's result (or None); a KeyboardInterrupt that stopped the loop is raised instead.
// `on_interrupt`, when given, takes a Ctrl+C that reaches the loop while it waits (--interrupt-at on
// a virtual clock): true means handled, and the loop goes on (asyncio.run() cancels its main task).
std::unique_ptr<Suspension> make_loop_run(Value loop, Value future, std::function<bool()> on_interrupt = {});

}  // namespace py
