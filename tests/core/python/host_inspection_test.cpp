// What a host sees of a run besides its output: the trace a timeline is drawn from, the loop
// snapshot and single steps of an inspector, input() answered later, and time.sleep() in a
// coroutine, which blocks the loop as in CPython.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "python/interpreter.hpp"

namespace {

struct Recorded {
  std::string out;
  std::string err;
  std::vector<py::TraceEvent> events;
};

py::InterpreterSinks recording_sinks(Recorded& run) {
  py::InterpreterSinks sinks;
  sinks.out = [&run](std::string_view text) { run.out += text; };
  sinks.err = [&run](std::string_view text) { run.err += text; };
  sinks.trace = [&run](const py::TraceEvent& event) { run.events.push_back(event); };
  return sinks;
}

py::InterpreterOptions virtual_time() {
  py::InterpreterOptions options;
  options.virtual_time = true;
  return options;
}

// A host that answers input() later, as the browser does.
py::InterpreterOptions interactive(py::InterpreterOptions options = {}) {
  options.interactive_input = true;
  return options;
}

// The tutorial's concurrency example (并发和并行): three tasks sleeping 1, 2 and 4 seconds.
constexpr const char* kConcurrency = R"(import asyncio
async def do_some_work(x):
    print('Waiting: ', x)
    await asyncio.sleep(x)
    return 'Done after {}s'.format(x)
tasks = [asyncio.ensure_future(do_some_work(x)) for x in (1, 2, 4)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
)";

using Kind = py::TraceEvent::Kind;

std::vector<py::TraceEvent> of_task(const Recorded& run, const std::string& task) {
  std::vector<py::TraceEvent> found;
  std::copy_if(run.events.begin(), run.events.end(), std::back_inserter(found),
               [&](const py::TraceEvent& e) { return e.task == task; });
  return found;
}

std::vector<std::string> kinds_and_details(const std::vector<py::TraceEvent>& events) {
  std::vector<std::string> out;
  for (const py::TraceEvent& e : events) {
    out.push_back(std::string(py::trace_kind_name(e.kind)) + (e.detail.empty() ? "" : " " + e.detail));
  }
  return out;
}

TEST(HostTrace, ConcurrencyExampleShowsEachTaskSleepingSideBySide) {
  Recorded run;
  py::Interpreter interpreter(virtual_time(), recording_sinks(run));
  interpreter.start(kConcurrency);
  ASSERT_EQ(interpreter.run_to_completion(), 0) << run.err;

  EXPECT_EQ(kinds_and_details(of_task(run, "main")),
            (std::vector<std::string>{"task_created", "task_running", "task_awaiting loop.run_until_complete()",
                                      "task_running", "task_done"}));
  const double sleeps[] = {1, 2, 4};
  for (int i = 0; i < 3; ++i) {
    const std::string name = "Task-" + std::to_string(i + 1);
    std::vector<py::TraceEvent> events = of_task(run, name);
    ASSERT_FALSE(events.empty()) << name;
    EXPECT_EQ(events.front().kind, Kind::task_created);
    EXPECT_EQ(events.front().detail, "do_some_work()");
    EXPECT_NE(events.front().task_id, 0u);
    for (const py::TraceEvent& e : events) EXPECT_EQ(e.task_id, events.front().task_id) << name;
    auto awaiting = std::find_if(events.begin(), events.end(), [](auto& e) { return e.kind == Kind::task_awaiting; });
    ASSERT_NE(awaiting, events.end());
    EXPECT_EQ(awaiting->detail, "sleep(" + std::to_string(static_cast<int>(sleeps[i])) + ")");
    // Fast-forward time still counts the computing (tens of ms under ASan before the first
    // sleep): times are checked from when the task began to sleep.
    auto timer = std::find_if(events.begin(), events.end(), [](auto& e) { return e.kind == Kind::timer_scheduled; });
    ASSERT_NE(timer, events.end());
    EXPECT_NEAR(timer->deadline - awaiting->time, sleeps[i], 0.05);
    EXPECT_EQ(events.back().kind, Kind::task_done);
    EXPECT_NEAR(events.back().time - awaiting->time, sleeps[i], 0.05) << name;
  }
  // asyncio.wait() runs as a task of its own, waiting on a future until the last one is done.
  std::vector<py::TraceEvent> waiter = of_task(run, "Task-4");
  ASSERT_FALSE(waiter.empty());
  EXPECT_EQ(waiter.front().detail, "wait()");
  EXPECT_EQ(waiter.back().kind, Kind::task_done);
}

TEST(HostTrace, FailedAndCancelledTasksSayHowTheyEnded) {
  Recorded run;
  py::Interpreter interpreter(virtual_time(), recording_sinks(run));
  interpreter.start(R"(import asyncio
async def boom():
    raise ValueError('no')
async def forever():
    await asyncio.sleep(100)
async def main():
    a = asyncio.create_task(boom(), name='boom')
    b = asyncio.create_task(forever(), name='forever')
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
asyncio.run(main())
)");
  ASSERT_EQ(interpreter.run_to_completion(), 0) << run.err;
  EXPECT_EQ(of_task(run, "boom").back().kind, Kind::task_failed);
  EXPECT_EQ(of_task(run, "boom").back().detail, "ValueError");
  EXPECT_EQ(of_task(run, "forever").back().kind, Kind::task_cancelled);
  std::vector<std::string> main_task = kinds_and_details(of_task(run, "Task-1"));
  EXPECT_NE(std::find(main_task.begin(), main_task.end(), "task_awaiting gather()"), main_task.end());
  EXPECT_EQ(kinds_and_details(of_task(run, "main"))[2], "task_awaiting asyncio.run()");
}

TEST(HostTrace, CallbacksAndTheirTimersAreReported) {
  Recorded run;
  py::Interpreter interpreter(virtual_time(), recording_sinks(run));
  interpreter.start(R"(import asyncio
def hello(n):
    print('hello', n)
    loop.stop()
loop = asyncio.new_event_loop()
loop.call_later(0.5, hello, 1)
loop.run_forever()
)");
  ASSERT_EQ(interpreter.run_to_completion(), 0) << run.err;
  EXPECT_EQ(run.out, "hello 1\n");
  auto scheduled = std::find_if(run.events.begin(), run.events.end(), [](auto& e) { return e.kind == Kind::timer_scheduled; });
  ASSERT_NE(scheduled, run.events.end());
  // call_later reads the clock before it formats the callback's name (slow the first time in
  // wasm), so the event comes a little after the time its deadline counts from.
  EXPECT_LE(scheduled->deadline - scheduled->time, 0.5);
  EXPECT_NEAR(scheduled->deadline - scheduled->time, 0.5, 0.1);
  EXPECT_EQ(scheduled->detail, "hello(1) at main.py:2");
  auto ran = std::find_if(run.events.begin(), run.events.end(), [](auto& e) { return e.kind == Kind::callback_run; });
  ASSERT_NE(ran, run.events.end());
  EXPECT_EQ(ran->detail, "hello(1) at main.py:2");
  EXPECT_EQ(ran->task, "");
  EXPECT_NEAR(ran->time, scheduled->deadline, 0.05);
}

TEST(HostTrace, NothingIsTracedWithoutASink) {
  Recorded run;
  py::InterpreterSinks sinks = recording_sinks(run);
  sinks.trace = nullptr;
  py::Interpreter interpreter(virtual_time(), sinks);
  interpreter.start(kConcurrency);
  ASSERT_EQ(interpreter.run_to_completion(), 0);
  EXPECT_TRUE(run.events.empty());
}

TEST(HostInspector, SingleStepsReachTheThreeSleepingTasksOfTheConcurrencyExample) {
  Recorded run;
  py::Interpreter interpreter(virtual_time(), recording_sinks(run));
  interpreter.start(kConcurrency);
  py::LoopSnapshot shot = interpreter.snapshot();
  EXPECT_FALSE(shot.has_loop);  // nothing has run yet
  EXPECT_EQ(shot.main, "running");

  int steps = 0;
  for (; steps < 50 && shot.timers.size() < 3; ++steps) {
    py::StepResult r = interpreter.step_one(1.0);
    ASSERT_NE(r.state, py::RunState::finished) << run.out << run.err;
    shot = interpreter.snapshot();
  }
  ASSERT_EQ(shot.timers.size(), 3u) << "after " << steps << " single steps";
  EXPECT_TRUE(shot.has_loop);
  EXPECT_EQ(shot.main, "loop.run_until_complete()");
  EXPECT_LT(shot.timers[0].deadline - shot.time, 1.0);
  EXPECT_EQ(shot.timers[0].what, "Task-1: end of sleep");
  EXPECT_EQ(shot.timers[2].what, "Task-3: end of sleep");
  EXPECT_NEAR(shot.timers[0].deadline - shot.time, 1, 0.05);
  // The tasks began their sleeps a few steps apart, and fast-forward time counts the computing
  // between them (milliseconds; more under ASan or in wasm on a loaded machine).
  EXPECT_NEAR(shot.timers[2].deadline - shot.timers[0].deadline, 3, 0.1);
  const double first_deadline = shot.timers[0].deadline;
  ASSERT_EQ(shot.tasks.size(), 4u);  // the three, and asyncio.wait()'s
  EXPECT_EQ(shot.tasks[0].name, "Task-1");
  EXPECT_EQ(shot.tasks[0].state, "sleeping");
  EXPECT_EQ(shot.tasks[0].awaiting.substr(0, 6), "sleep(");
  EXPECT_EQ(shot.timers[0].task_id, shot.tasks[0].id);
  // Every step ran one callback: the output so far is exactly what three first steps print.
  EXPECT_EQ(run.out, "Waiting:  1\nWaiting:  2\nWaiting:  4\n");

  // Once the ready queue is empty, a single step jumps to the first timer and runs its callback
  // (the end of Task-1's sleep) and nothing more: Task-1's own step is next.
  for (steps = 0; steps < 5 && shot.timers.size() == 3; ++steps) {
    interpreter.step_one(1.0);
    shot = interpreter.snapshot();
  }
  EXPECT_EQ(shot.timers.size(), 2u);
  EXPECT_EQ(shot.ready, std::vector<std::string>{"Task-1: step"});
  EXPECT_GE(shot.time, first_deadline);
  EXPECT_NEAR(shot.time, first_deadline, 0.01);
  EXPECT_EQ(run.out, "Waiting:  1\nWaiting:  2\nWaiting:  4\n");

  ASSERT_EQ(interpreter.run_to_completion(), 0);
  EXPECT_FALSE(interpreter.snapshot().has_loop);  // a finished run has nothing to show
}

TEST(HostInput, InputWaitsForTheHostAndResumesWithTheLine) {
  Recorded run;
  py::Interpreter interpreter(interactive(), recording_sinks(run));
  interpreter.start("name = input('Name? ')\nprint('Hi', name)\nprint(input())\n");
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::waiting_for_input);
  EXPECT_EQ(run.out, "Name? ");
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::waiting_for_input);  // still nothing typed
  EXPECT_EQ(interpreter.snapshot().main, "input()");
  interpreter.provide_input("Ada");
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::waiting_for_input);
  EXPECT_EQ(run.out, "Name? Hi Ada\n");
  interpreter.provide_input("again");
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::finished);
  EXPECT_EQ(run.out, "Name? Hi Ada\nagain\n");
  EXPECT_EQ(interpreter.exit_status(), 0);
}

TEST(HostInput, InterruptWhileWaitingForInputRaisesKeyboardInterruptThere) {
  Recorded run;
  py::Interpreter interpreter(interactive(), recording_sinks(run));
  interpreter.start("try:\n    input('> ')\nexcept KeyboardInterrupt:\n    print('stopped')\n");
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::waiting_for_input);
  interpreter.interrupt();
  EXPECT_EQ(interpreter.step(1.0).state, py::RunState::finished);
  EXPECT_EQ(run.out, "> stopped\n");
}

TEST(HostInput, InputInsideACoroutineSaysWhyItCannotWait) {
  Recorded run;
  py::Interpreter interpreter(interactive(virtual_time()), recording_sinks(run));
  interpreter.start("import asyncio\nasync def main():\n    input('> ')\nasyncio.run(main())\n");
  EXPECT_EQ(interpreter.run_to_completion(), 1);
  ASSERT_NE(interpreter.failure(), nullptr);
  EXPECT_EQ(interpreter.failure()->type, "RuntimeError");
  EXPECT_EQ(interpreter.failure()->line, 3);
  EXPECT_NE(run.err.find("read the input before starting the event loop"), std::string::npos) << run.err;
}

TEST(HostSleep, TimeSleepInACoroutineBlocksTheWholeLoop) {
  Recorded run;
  py::Interpreter interpreter(virtual_time(), recording_sinks(run));
  // CPython prints: blocked 0.5 / ticks [0.5] — the ticker could not run while f slept.
  interpreter.start(R"(import asyncio, time
ticks = []
async def ticker(loop, start):
    await asyncio.sleep(0)
    ticks.append(round(loop.time() - start, 1))
async def f():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(ticker(loop, start))
    time.sleep(0.5)
    print('blocked', round(loop.time() - start, 1))
    await t
    print('ticks', ticks)
asyncio.run(f())
)");
  EXPECT_EQ(interpreter.run_to_completion(), 0) << run.err;
  EXPECT_EQ(run.out, "blocked 0.5\nticks [0.5]\n");
}

}  // namespace
