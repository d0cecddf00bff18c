// The loop's parts in words, for the trace and the inspector (interpreter.hpp's TraceEvent and
// LoopSnapshot). None of it runs Python code: a user's __repr__ could raise, loop or suspend, and
// these are read between the program's own steps.
#pragma once

#include <string>

#include "loop/event_loop.hpp"
#include "loop/task.hpp"

namespace py {

// What a suspended task waits for: "sleep(1)" (the time left at `now`, loop time), "Task-2",
// "gather()", "Future"; "sleep(0)" after a bare yield.
std::string describe_awaiting(const aio::TaskBase& task, double now);
// The coroutine a task drives, as "main()".
std::string describe_task_coroutine(const aio::TaskBase& task);
// A ready-queue entry: "Task-2: step", "Task-2: wake-up", or the callback ("print_num(1) at main.py:3").
std::string describe_ready(const aio::ReadyItem& item);
// What a timer does when it fires.
std::string describe_timer(const aio::EventLoop::TimerView& timer);

}  // namespace py
