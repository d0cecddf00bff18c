// Runs each tutorial program's C++ version on a fresh loop with a virtual clock and compares what it
// prints with what CPython printed for the Python version (tests/conformance/tutorial/*.stdout,
// recorded by scripts/record_cpython.py), under the rules of tests/support/conformance.hpp.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "conformance.hpp"
#include "tutorial.hpp"

#ifndef AIOPLAY_TUTORIAL_DIR
#error "AIOPLAY_TUTORIAL_DIR must name tests/conformance/tutorial"
#endif

namespace {

using aioplay::test::compare_output;
using aioplay::test::program_options;
using aioplay::test::ProgramOptions;
using aioplay::test::read_text_file;

struct Program {
  const char* name;
  const char* file;  // in tests/conformance/tutorial
  void (*run)(aio::EventLoop&, std::ostream&);
};

const Program kPrograms[] = {
    {"define_coroutine", "01_define_coroutine.py", tutorial::run_define_coroutine},
    {"create_task", "02_create_task.py", tutorial::run_create_task},
    {"callback", "03_callback.py", tutorial::run_callback},
    {"callback_partial", "03b_callback_partial.py", tutorial::run_callback_partial},
    {"future_result", "04_future_result.py", tutorial::run_future_result},
    {"blocking_await", "05_blocking_await.py", tutorial::run_blocking_await},
    {"concurrency", "06_concurrency.py", tutorial::run_concurrency},
    {"nested_wait", "07_nested_wait.py", tutorial::run_nested_wait},
    {"nested_gather", "07b_nested_gather.py", tutorial::run_nested_gather},
    {"nested_return_gather", "07c_nested_return_gather.py", tutorial::run_nested_return_gather},
    {"nested_as_completed", "07d_nested_as_completed.py", tutorial::run_nested_as_completed},
    {"stop_all_tasks", "08_stop_all_tasks.py", tutorial::run_stop_all_tasks},
    {"stop_gather", "08b_stop_gather.py", tutorial::run_stop_gather},
};

// Names the parameter in test listings (gtest would otherwise print its bytes).
void PrintTo(const Program& p, std::ostream* os) { *os << p.file; }

std::string stem(const std::string& file) { return file.substr(0, file.rfind('.')); }

// One run of a program: its stdout and what the loop reported (CPython's stderr, roughly).
struct Outcome {
  std::string out;
  std::vector<std::string> reported;
  bool interrupted_at_expected_time = true;
};

Outcome run_program(const Program& p, const ProgramOptions& opts) {
  Outcome run;
  {
    aio::VirtualClock clock;
    aio::EventLoop loop(clock);
    loop.set_exception_handler([&run](const aio::ExceptionContext& c) { run.reported.push_back(c.message); });
    if (opts.interrupt_at) loop.set_interrupt_at(*opts.interrupt_at);
    std::ostringstream out;
    p.run(loop, out);
    run.out = out.str();
    if (opts.interrupt_at) run.interrupted_at_expected_time = loop.time() == *opts.interrupt_at;
  }  // the loop dies here, as the Python process ends: pending tasks are reported destroyed
  return run;
}

class Tutorial : public ::testing::TestWithParam<Program> {};

TEST_P(Tutorial, PrintsWhatCPythonPrinted) {
  const Program& p = GetParam();
  const std::string dir = AIOPLAY_TUTORIAL_DIR;
  ProgramOptions opts = program_options(dir, p.file);
  std::string expected = read_text_file(dir + "/" + stem(p.file) + ".stdout");
  ASSERT_EQ(read_text_file(dir + "/" + stem(p.file) + ".status"), "0\n");

  Outcome run = run_program(p, opts);

  auto cmp = compare_output(expected, run.out, opts.compare);
  EXPECT_TRUE(cmp.ok) << p.file << "\n" << cmp.report;
  EXPECT_TRUE(run.interrupted_at_expected_time);
  // Whatever the loop reports ("Task was destroyed but it is pending!") CPython wrote to stderr too.
  std::string stderr_text = read_text_file(dir + "/" + stem(p.file) + ".stderr");
  for (const std::string& message : run.reported)
    EXPECT_NE(stderr_text.find(message), std::string::npos) << "reported only by core/loop: " << message;
}

INSTANTIATE_TEST_SUITE_P(Cpp, Tutorial, ::testing::ValuesIn(kPrograms),
                         [](const ::testing::TestParamInfo<Program>& info) { return std::string(info.param.name); });

const Program& program(const std::string& name) {
  for (const Program& p : kPrograms)
    if (p.name == name) return p;
  throw std::logic_error("no program " + name);
}

std::string time_line(const std::string& out) {
  size_t at = out.find("TIME:");
  return at == std::string::npos ? "" : out.substr(at, out.find('\n', at) - at);
}

// The virtual clock jumps from timer to timer: the durations come out exact.
TEST(TutorialClock, DurationsAreExactOnTheVirtualClock) {
  const std::string dir = AIOPLAY_TUTORIAL_DIR;
  auto time_of = [&](const char* name) {
    const Program& p = program(name);
    return time_line(run_program(p, program_options(dir, p.file)).out);
  };
  EXPECT_EQ(time_of("define_coroutine"), "TIME:  0.0");
  EXPECT_EQ(time_of("future_result"), "TIME: 0.0");
  EXPECT_EQ(time_of("blocking_await"), "TIME:  2.0");
  EXPECT_EQ(time_of("concurrency"), "TIME:  4.0");
  EXPECT_EQ(time_of("nested_as_completed"), "TIME:  4.0");
  EXPECT_EQ(time_of("stop_all_tasks"), "TIME:  1.3");
  EXPECT_EQ(time_of("stop_gather"), "TIME:  1.3");
}

// The stop examples, checked in full: what is pending at the Ctrl+C and what cancelling it does.
TEST(TutorialStop, StopAllTasksCancelsTheThreePendingTasks) {
  const Program& p = program("stop_all_tasks");
  Outcome run = run_program(p, program_options(AIOPLAY_TUTORIAL_DIR, p.file));
  EXPECT_EQ(run.out,
            "Waiting:  1\n"
            "Waiting:  2\n"
            "Waiting:  2\n"
            "{<Task pending name='Task-2' coro=<do_some_work() running at main.py:10> "
            "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_wait.<locals>._on_completion() at "
            "asyncio/tasks.py:519]>, "
            "<Task pending name='Task-3' coro=<do_some_work() running at main.py:10> "
            "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_wait.<locals>._on_completion() at "
            "asyncio/tasks.py:519]>, "
            "<Task pending name='Task-4' coro=<wait() running at asyncio/tasks.py:428> "
            "wait_for=<Future pending cb=[Task.task_wakeup()]>>}\n"
            "True\n"
            "True\n"
            "True\n"
            "TIME:  1.3\n");
  EXPECT_TRUE(run.reported.empty());
}

TEST(TutorialStop, StopGatherCancelsThroughTheOuterGather) {
  const Program& p = program("stop_gather");
  Outcome run = run_program(p, program_options(AIOPLAY_TUTORIAL_DIR, p.file));
  EXPECT_EQ(run.out,
            "Waiting:  1\n"
            "Waiting:  2\n"
            "Waiting:  4\n"
            "{<Task pending name='Task-1' coro=<main() running at main.py:24> "
            "wait_for=<_GatheringFuture pending cb=[Task.task_wakeup()]>>, "
            "<Task pending name='Task-3' coro=<do_some_work() running at main.py:10> "
            "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[gather.<locals>._done_callback() at "
            "asyncio/tasks.py:764]>, "
            "<Task pending name='Task-4' coro=<do_some_work() running at main.py:10> "
            "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[gather.<locals>._done_callback() at "
            "asyncio/tasks.py:764]>}\n"
            "True\n"
            "TIME:  1.3\n");
  // main() is still waiting for its gather when the program ends, as in CPython's stderr.
  EXPECT_EQ(run.reported, std::vector<std::string>{"Task was destroyed but it is pending!"});
}

}  // namespace
