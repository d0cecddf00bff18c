// The asyncio module of one run, and the state asyncio keeps per run: the loop that
// get_event_loop() returns outside a running loop, every loop made (for the end-of-run reports),
// and the "Task-N" counter.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "python/module_object.hpp"

namespace py {

struct AsyncioModuleObject : ModuleObject {
  AsyncioModuleObject();
  Value current_loop;
  std::vector<Value> loops;
  std::uint64_t task_counter = 0;
};

Ref<ModuleObject> make_asyncio_module();
// The run's asyncio state (importing asyncio first if the program has not).
AsyncioModuleObject* asyncio_state();
// The run's asyncio state if the program imported asyncio, else nullptr.
AsyncioModuleObject* loaded_asyncio_state();

// asyncio.ensure_future(obj, loop=loop): a future as it is, a coroutine as a new task of `loop`
// (the current loop when empty).
Value ensure_future(const Value& obj, const Value& loop);

// The composites (gather.cpp, wait.cpp, as_completed.cpp), as module functions.
Value asyncio_gather(const Value& module, const Args& args);
// asyncio.gather(*awaitables, return_exceptions=True), as asyncio's own shutdown code calls it.
Value gather_returning_exceptions(std::span<const Value> awaitables);
Value asyncio_wait(const Value& module, const Args& args);
Value asyncio_as_completed(const Value& module, const Args& args);
Value asyncio_run(const Value& module, const Args& args);  // run.cpp

// End of the run: CPython reports the tasks still pending when they are garbage collected at
// exit ("Task was destroyed but it is pending!").
void report_pending_tasks_at_exit();

void init_asyncio_types();

}  // namespace py
