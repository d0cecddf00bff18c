// The stand-in frames (stdlib_frames.hpp): each becomes a code object of its own, made once per
// process, whose source holds just its line, so the traceback printer shows it like any frame.
#include "python/asyncio/stdlib_frames.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "python/code.hpp"
#include "python/errors.hpp"
#include "python/exception_object.hpp"
#include "python/str_object.hpp"

namespace py {

namespace stdlib_frame {
const StdlibFrame run_runner_run{"asyncio/runners.py", 190, "run", "return runner.run(main)"};
const StdlibFrame runner_run_until_complete{"asyncio/runners.py", 118, "run",
                                            "return self._loop.run_until_complete(task)"};
const StdlibFrame runner_raise_keyboard_interrupt{"asyncio/runners.py", 123, "run", "raise KeyboardInterrupt()"};
const StdlibFrame run_until_complete_result{"asyncio/base_events.py", 653, "run_until_complete", "return future.result()"};
const StdlibFrame run_until_complete_check_closed{"asyncio/base_events.py", 628, "run_until_complete",
                                                  "self._check_closed()"};
const StdlibFrame run_until_complete_check_running{"asyncio/base_events.py", 629, "run_until_complete",
                                                   "self._check_running()"};
const StdlibFrame run_until_complete_run_forever{"asyncio/base_events.py", 640, "run_until_complete", "self.run_forever()"};
const StdlibFrame run_forever_check_closed{"asyncio/base_events.py", 595, "run_forever", "self._check_closed()"};
const StdlibFrame run_forever_check_running{"asyncio/base_events.py", 596, "run_forever", "self._check_running()"};
const StdlibFrame run_forever_run_once{"asyncio/base_events.py", 607, "run_forever", "self._run_once()"};
const StdlibFrame run_once_select{"asyncio/base_events.py", 1884, "_run_once", "event_list = self._selector.select(timeout)"};
const StdlibFrame run_once_handle_run{"asyncio/base_events.py", 1922, "_run_once", "handle._run()"};
const StdlibFrame selector_poll{"selectors.py", 468, "select", "fd_event_list = self._selector.poll(timeout, max_ev)"};
const StdlibFrame check_running_raise{"asyncio/base_events.py", 588, "_check_running",
                                      "raise RuntimeError('This event loop is already running')"};
const StdlibFrame check_running_raise_other_loop{"asyncio/base_events.py", 590, "_check_running", "raise RuntimeError("};
const StdlibFrame check_closed_raise{"asyncio/base_events.py", 519, "_check_closed", "raise RuntimeError('Event loop is closed')"};
const StdlibFrame call_soon_check_closed{"asyncio/base_events.py", 761, "call_soon", "self._check_closed()"};
const StdlibFrame call_at_check_closed{"asyncio/base_events.py", 740, "call_at", "self._check_closed()"};
const StdlibFrame call_later_call_at{"asyncio/base_events.py", 727, "call_later",
                                     "timer = self.call_at(self.time() + delay, callback, *args,"};
const StdlibFrame create_task_check_closed{"asyncio/base_events.py", 434, "create_task", "self._check_closed()"};
const StdlibFrame handle_run_callback{"asyncio/events.py", 80, "_run", "self._context.run(self._callback, *self._args)"};
const StdlibFrame sleep_await_future{"asyncio/tasks.py", 649, "sleep", "return await future"};
const StdlibFrame sleep_await_sleep0{"asyncio/tasks.py", 640, "sleep", "await __sleep0()"};
const StdlibFrame sleep0_yield{"asyncio/tasks.py", 634, "__sleep0", "yield"};
const StdlibFrame wait_raise_coroutines_forbidden{"asyncio/tasks.py", 425, "wait",
                                                  "raise TypeError(\"Passing coroutines is forbidden, use tasks explicitly.\")"};
}  // namespace stdlib_frame

namespace {

// The part of the line 3.11 marks with carets: the value of a `return` or an assignment. A line
// that is one expression or a `raise` is marked whole, which 3.11 shows without carets.
Position caret_range(const StdlibFrame& f) {
  const std::string_view text = f.text;
  int col = 0;
  if (text.starts_with("return ")) {
    col = 7;
  } else if (const std::size_t eq = text.find(" = "); eq != std::string_view::npos && !text.starts_with("raise")) {
    col = static_cast<int>(eq + 3);
  }
  return Position{f.line, f.line, col, static_cast<int>(text.size())};
}

CodeObject* code_for(const StdlibFrame& f) {
  static auto* codes = new std::map<const StdlibFrame*, CodeObject*>();  // never freed, as its code
  CodeObject*& code = (*codes)[&f];
  if (code != nullptr) return code;
  code = make_immortal<CodeObject>();
  code->filename = Ref<StrObject>::borrow(intern(f.filename));
  code->name = Ref<StrObject>::borrow(intern(f.function));
  code->qualname = code->name;
  code->firstlineno = f.line;
  code->source = std::make_shared<const SourceText>(std::string(static_cast<std::size_t>(f.line - 1), '\n') + f.text + "\n");
  code->positions.push_back(caret_range(f));
  return code;
}

}  // namespace

void add_stdlib_frames(std::initializer_list<const StdlibFrame*> frames, const Value& locals) {
  BaseExceptionObject* error = current_error();
  if (error == nullptr) return;
  for (auto it = std::rbegin(frames); it != std::rend(frames); ++it) {
    CodeObject* code = code_for(**it);
    error->traceback = make<TracebackObject>(std::move(error->traceback), Value(Ref<CodeObject>::borrow(code)), 0, (*it)->line);
    error->traceback->locals = locals;
  }
}

}  // namespace py
