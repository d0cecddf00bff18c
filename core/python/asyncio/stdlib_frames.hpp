// CPython's asyncio is Python code, so its tracebacks show asyncio's own frames
// (`File "asyncio/base_events.py", line 653, in run_until_complete`). Our C++ stands in for those
// functions; when an exception leaves one of them it gets the frame CPython would have shown, with
// the same file, line, function and source line, so a learner's traceback reads as CPython's.
#pragma once

#include <initializer_list>

#include "python/object.hpp"

namespace py {

struct StdlibFrame {
  const char* filename;  // as the conformance recordings show it: relative to the library root
  int line;
  const char* function;
  const char* text;  // the source line, without its indentation
};

// The frames, named after what the line does (the function, then the call or raise at the line).
namespace stdlib_frame {
extern const StdlibFrame run_runner_run;                  // runners.py run(): runner.run(main)
extern const StdlibFrame runner_run_until_complete;       // runners.py Runner.run()
extern const StdlibFrame runner_raise_keyboard_interrupt; // runners.py Runner.run(), after Ctrl+C
extern const StdlibFrame run_until_complete_result;       // base_events.py: future.result()
extern const StdlibFrame run_until_complete_check_closed;
extern const StdlibFrame run_until_complete_check_running;
extern const StdlibFrame run_until_complete_run_forever;
extern const StdlibFrame run_forever_check_closed;
extern const StdlibFrame run_forever_check_running;
extern const StdlibFrame run_forever_run_once;
extern const StdlibFrame run_once_select;
extern const StdlibFrame run_once_handle_run;
extern const StdlibFrame selector_poll;                   // selectors.py EpollSelector.select()
extern const StdlibFrame check_running_raise;
extern const StdlibFrame check_running_raise_other_loop;
extern const StdlibFrame check_closed_raise;
extern const StdlibFrame call_soon_check_closed;
extern const StdlibFrame call_at_check_closed;
extern const StdlibFrame call_later_call_at;
extern const StdlibFrame create_task_check_closed;
extern const StdlibFrame handle_run_callback;             // events.py Handle._run()
extern const StdlibFrame sleep_await_future;              // tasks.py sleep()
extern const StdlibFrame sleep_await_sleep0;
extern const StdlibFrame sleep0_yield;
extern const StdlibFrame wait_raise_coroutines_forbidden;
}  // namespace stdlib_frame

// Adds `frames` (outermost first) to the traceback of the exception being raised, in front of
// what it has: as if the exception had just passed through them. `locals` (may be empty) stays
// alive as long as the traceback, as the arguments of CPython's frames do.
void add_stdlib_frames(std::initializer_list<const StdlibFrame*> frames, const Value& locals = Value());

}  // namespace py
