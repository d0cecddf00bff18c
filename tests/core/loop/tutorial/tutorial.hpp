// The runnable examples of the asyncio tutorial (tests/conformance/tutorial/*.py) written on
// core/loop. Each run_<name>() mirrors its Python program line by line and prints what it prints;
// tutorial_test.cpp runs them on a virtual clock and compares with CPython's recorded output.
//
// What stands in for what:
//   print(a, b)                   print(out, a, b)               (tests/support/pyformat.hpp)
//   time.time()                   loop.time(): the virtual clock, so TIME: prints 4.0 exactly
//   asyncio.get_event_loop()      the `loop` the test passes in
//   asyncio.ensure_future(coro)   aio::create_task(coro), or create_task(loop, coro) outside the loop
//   print(task), all_tasks()      TaskLabels::repr / set_repr, with the Python coroutine's name and
//                                 lines given as a CoroLabel     (tests/support/task_repr.hpp)
//   try: ... finally: X           Finally guard{[&] { X; }};
#pragma once

#include <ostream>
#include <utility>

#include "loop/asyncio.hpp"
#include "pyformat.hpp"
#include "task_repr.hpp"

namespace tutorial {

using aioplay::test::CoroLabel;
using aioplay::test::future_view;
using aioplay::test::print;
using aioplay::test::py_str;
using aioplay::test::TaskLabels;

// Runs `f` when the scope ends, however it ends (Python's `finally:`).
template <class F>
class Finally {
 public:
  explicit Finally(F f) : f_(std::move(f)) {}
  Finally(const Finally&) = delete;
  Finally& operator=(const Finally&) = delete;
  ~Finally() { f_(); }

 private:
  F f_;
};

void run_define_coroutine(aio::EventLoop& loop, std::ostream& out);      // 01_define_coroutine.py
void run_create_task(aio::EventLoop& loop, std::ostream& out);           // 02_create_task.py
void run_callback(aio::EventLoop& loop, std::ostream& out);              // 03_callback.py
void run_callback_partial(aio::EventLoop& loop, std::ostream& out);      // 03b_callback_partial.py
void run_future_result(aio::EventLoop& loop, std::ostream& out);         // 04_future_result.py
void run_blocking_await(aio::EventLoop& loop, std::ostream& out);        // 05_blocking_await.py
void run_concurrency(aio::EventLoop& loop, std::ostream& out);           // 06_concurrency.py
void run_nested_wait(aio::EventLoop& loop, std::ostream& out);           // 07_nested_wait.py
void run_nested_gather(aio::EventLoop& loop, std::ostream& out);         // 07b_nested_gather.py
void run_nested_return_gather(aio::EventLoop& loop, std::ostream& out);  // 07c_nested_return_gather.py
void run_nested_as_completed(aio::EventLoop& loop, std::ostream& out);   // 07d_nested_as_completed.py
void run_stop_all_tasks(aio::EventLoop& loop, std::ostream& out);        // 08_stop_all_tasks.py
void run_stop_gather(aio::EventLoop& loop, std::ostream& out);           // 08b_stop_gather.py

}  // namespace tutorial
