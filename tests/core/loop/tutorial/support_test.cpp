// Tests of the helpers in tests/support: Python-style printing, reprs of tasks and futures, and the
// comparison rules for conformance output.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <sstream>

#include "conformance.hpp"
#include "pyformat.hpp"
#include "task_repr.hpp"

namespace aioplay::test {
namespace {

TEST(PyFormat, FloatReprIsPythonsRepr) {
  EXPECT_EQ(float_repr(4.0), "4.0");
  EXPECT_EQ(float_repr(0.0), "0.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(2.0), "2.0");
  EXPECT_EQ(float_repr(1.3), "1.3");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(0.00001), "1e-05");
  EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr(-2.5), "-2.5");
  EXPECT_EQ(float_repr(1e300 * 1e10), "inf");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(0.0005896091461181641), "0.0005896091461181641");
  EXPECT_EQ(float_repr(4.003971576690674), "4.003971576690674");
}

// The printf fallback (used where to_chars lacks floating overloads, as under Emscripten 3.1.6)
// finds the same shortest digits as the platform's shortest formatting.
TEST(PyFormat, PrintfFallbackFindsTheShortestDigits) {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 20000; ++i) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    double x;
    uint64_t bits = s & 0x7FEFFFFFFFFFFFFFull;  // finite, positive
    std::memcpy(&x, &bits, sizeof x);
    if (x == 0) continue;
    auto a = detail::shortest_digits(x), b = detail::shortest_digits_printf(x);
    ASSERT_EQ(a.digits, b.digits) << x;
    ASSERT_EQ(a.exp10, b.exp10) << x;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    ASSERT_EQ(std::strtod(float_repr(x).c_str(), nullptr), x) << buf;
  }
}

TEST(PyFormat, PrintSeparatesArgumentsWithSpaces) {
  std::ostringstream out;
  print(out, "Waiting: ", 2);
  print(out, "TIME: ", 4.0);
  print(out, "Callback:", 2, std::string("Done after 2s"));
  print(out, true, None{});
  print(out, std::vector<std::string>{"a", "it's"});
  EXPECT_EQ(out.str(), "Waiting:  2\nTIME:  4.0\nCallback: 2 Done after 2s\nTrue None\n['a', \"it's\"]\n");
}

TEST(PyFormat, StrRepr) {
  EXPECT_EQ(str_repr("Task-1"), "'Task-1'");
  EXPECT_EQ(str_repr("it's"), "\"it's\"");
  EXPECT_EQ(str_repr("a'b\"c"), "'a\\'b\"c'");
  EXPECT_EQ(str_repr("a\nb\\"), "'a\\nb\\\\'");
  EXPECT_EQ(reprlib_repr(std::string("Done after 2s")), "'Done after 2s'");
  EXPECT_EQ(reprlib_repr(std::string(40, 'x')), "'xxxxxxxxxxxx...xxxxxxxxxxxxx'");  // as reprlib.repr('x' * 40)
}

struct ReprTest : ::testing::Test {
  aio::VirtualClock clock;
  aio::EventLoop loop{clock};
  TaskLabels labels;
};

aio::Coro<std::string> work(double delay) {
  co_await aio::sleep(delay);
  co_return "done";
}

aio::Coro<std::string> wait_on(aio::Future<std::string> f) { co_return co_await f; }

TEST_F(ReprTest, TaskStates) {
  CoroLabel label{"work", 3, 4};
  auto t = labels.add(aio::create_task(loop, work(1)), label);
  EXPECT_EQ(labels.repr(t), "<Task pending name='Task-1' coro=<work() running at main.py:3>>");
  loop.run_until_complete(t);
  EXPECT_EQ(labels.repr(t), "<Task finished name='Task-1' coro=<work() done, defined at main.py:3> result='done'>");

  // A task waiting on a future, then cancelled (a task inside sleep() is covered by the tutorial's
  // stop examples).
  aio::Future<std::string> fut(loop);
  auto c = labels.add(aio::create_task(loop, wait_on(fut)), label);
  loop.call_later(1, [&] {
    EXPECT_EQ(labels.repr(c),
              "<Task pending name='Task-2' coro=<work() running at main.py:4> "
              "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_run_until_complete_cb() at "
              "asyncio/base_events.py:180]>");
    c.cancel();
    EXPECT_EQ(labels.repr(c),
              "<Task cancelling name='Task-2' coro=<work() running at main.py:4> "
              "wait_for=<Future cancelled> cb=[_run_until_complete_cb() at "
              "asyncio/base_events.py:180]>");
  });
  EXPECT_THROW(loop.run_until_complete(c), aio::CancelledError);
  EXPECT_EQ(labels.repr(c), "<Task cancelled name='Task-2' coro=<work() done, defined at main.py:3>>");
}

// core/loop's sleep() has no future; the repr shows the one CPython's task would wait on.
TEST_F(ReprTest, ASleepingTaskShowsCPythonsSleepFuture) {
  CoroLabel label{"work", 3, 4};
  auto s = labels.add(aio::create_task(loop, work(5)), label);
  std::vector<std::string> seen;
  aio::Task<std::string> f;
  loop.call_later(1, [&] {
    seen.push_back(labels.repr(s));
    s.cancel();
    seen.push_back(labels.repr(s));
  });
  f = labels.add(aio::create_task(loop, work(2)), label);
  // Due with f's sleep and scheduled before it: runs before f's timer callback in that iteration.
  loop.call_at(2, [&] { seen.push_back(labels.repr(f)); });
  // Checked against CPython 3.11.7 running the same program (paths shortened).
  EXPECT_THROW(loop.run_until_complete(s), aio::CancelledError);
  loop.run_until_complete(f);
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "<Task pending name='Task-1' coro=<work() running at main.py:4> "
                      "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_run_until_complete_cb() at "
                      "asyncio/base_events.py:180]>",
                      "<Task cancelling name='Task-1' coro=<work() running at main.py:4> "
                      "wait_for=<Future cancelled> cb=[_run_until_complete_cb() at asyncio/base_events.py:180]>",
                      "<Task pending name='Task-2' coro=<work() running at main.py:4> "
                      "wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_run_until_complete_cb() at "
                      "asyncio/base_events.py:180]>",
                  }));
}

// After a sleep's timer callback has run and before the task's next step, CPython's task waits on a
// finished future (TaskBase::sleep_state() is `finished` then).
TEST_F(ReprTest, AfterTheSleepTimerRanTheTaskWaitsOnAFinishedFuture) {
  CoroLabel label{"work", 3, 4};
  std::string seen;
  aio::Task<std::string> f;
  loop.call_later(1, [&] { loop.call_at(2, [&] { seen = labels.repr(f); }); });  // after f's timer
  f = labels.add(aio::create_task(loop, work(2)), label);
  loop.run_until_complete(f);
  EXPECT_EQ(seen,  // what CPython 3.11.7 prints for the same program
            "<Task pending name='Task-1' coro=<work() running at main.py:4> "
            "wait_for=<Future finished result=None> cb=[_run_until_complete_cb() at asyncio/base_events.py:180]>");
}

TEST_F(ReprTest, CallbacksAndSets) {
  aio::Future<int> f(loop);
  labels.add_future(f);
  EXPECT_EQ(labels.repr(f), "<Future pending>");
  for (int i = 0; i < 4; ++i) f.add_done_callback([](aio::FutureBase&) {}, "cb" + std::to_string(i));
  EXPECT_EQ(labels.repr(f), "<Future pending cb=[cb0(), <2 more>, cb3()]>");
  labels.name_callback("cb0", "callback() at main.py:10");
  EXPECT_EQ(labels.repr(f), "<Future pending cb=[callback() at main.py:10, <2 more>, cb3()]>");
  f.set_result(7);
  EXPECT_EQ(labels.repr(f), "<Future finished result=7>");
  EXPECT_EQ(labels.set_repr({}), "set()");
  EXPECT_EQ(future_view<int>(*f.base()).result(), 7);
  EXPECT_THROW(future_view<std::string>(*f.base()), std::logic_error);
  loop.run_until_complete(f);
}

TEST(Compare, ExactLines) {
  EXPECT_TRUE(compare_output("a\nb\n", "a\nb\n"));
  EXPECT_FALSE(compare_output("a\nb\n", "a\nc\n"));
  EXPECT_FALSE(compare_output("a\nb\n", "a\n"));
  EXPECT_FALSE(compare_output("a\nb\n", "a\nb"));
  EXPECT_TRUE(compare_output("", ""));
  auto c = compare_output("Waiting:  1\n", "Waiting: 1\n");
  EXPECT_NE(c.report.find("line 1:"), std::string::npos) << c.report;
}

TEST(Compare, DurationsHaveATolerance) {
  EXPECT_TRUE(compare_output("TIME:  4.004558801651001\n", "TIME:  4.0\n"));
  EXPECT_TRUE(compare_output("TIME: 0.00047779083251953125\n", "TIME: 0.0\n"));
  EXPECT_TRUE(compare_output("TIME:  1.2996246814727783\n", "TIME:  1.3\n"));
  EXPECT_FALSE(compare_output("TIME:  4.2\n", "TIME:  4.0\n"));
  EXPECT_FALSE(compare_output("TIME:  4.0\n", "TIME: 4.0\n"));  // the text around the number is exact
  EXPECT_FALSE(compare_output("TIME:  4.0\n", "TIME:  4.0 s\n"));
  EXPECT_FALSE(compare_output("Task ret:  Done after 2s\n", "Task ret:  Done after 2.05s\n"));  // no marker
  CompareOptions opts;
  opts.duration_markers = {"elapsed"};
  EXPECT_TRUE(compare_output("elapsed 1e-05 s\n", "elapsed 0.0 s\n", opts));
}

TEST(Compare, SetDisplaysAreMultisets) {
  const char* cpython = "{<Task pending name='Task-4' coro=<wait() running at asyncio/tasks.py:428>>, "
                        "<Task pending name='Task-3' cb=[f() at x.py:1, g()]>, <Task pending name='Task-2'>}\n";
  const char* cpp = "{<Task pending name='Task-2'>, <Task pending name='Task-3' cb=[f() at x.py:1, g()]>, "
                    "<Task pending name='Task-4' coro=<wait() running at asyncio/tasks.py:428>>}\n";
  EXPECT_TRUE(compare_output(cpython, cpp));
  EXPECT_FALSE(compare_output("{1, 2, 2}\n", "{1, 2}\n"));
  EXPECT_FALSE(compare_output("{1, 2, 2}\n", "{1, 1, 2}\n"));
  EXPECT_TRUE(compare_output("x = {'b', 'a'} and {3, 4}\n", "x = {'a', 'b'} and {4, 3}\n"));
  EXPECT_FALSE(compare_output("x = {'b', 'a'}\n", "y = {'a', 'b'}\n"));
  EXPECT_FALSE(compare_output("{'a': 1, 'b': 2}\n", "{'b': 2, 'a': 1}\n"));  // dicts keep their order
  EXPECT_TRUE(compare_output("{'a, b', 'c'}\n", "{'c', 'a, b'}\n"));
}

TEST(Compare, UnorderedLineRanges) {
  CompareOptions opts;
  opts.unordered_lines = {{2, 4}};
  EXPECT_TRUE(compare_output("a\n2\n4\n1\nz\n", "a\n1\n2\n4\nz\n", opts));
  EXPECT_FALSE(compare_output("a\n2\n4\n1\nz\n", "a\n1\n2\n2\nz\n", opts));
  EXPECT_FALSE(compare_output("a\n2\n4\n1\nz\n", "z\n1\n2\n4\na\n", opts));
  opts.unordered_lines = {{4, 9}};
  EXPECT_FALSE(compare_output("a\nb\n", "a\nb\n", opts));
}

TEST(Manifest, ReadsTheTutorialSuite) {
  const std::string dir = AIOPLAY_TUTORIAL_DIR;
  ProgramOptions stop = program_options(dir, "08_stop_all_tasks.py");
  ASSERT_TRUE(stop.interrupt_at.has_value());
  EXPECT_EQ(*stop.interrupt_at, 1.3);
  EXPECT_TRUE(stop.python38_all_tasks);
  ProgramOptions nested = program_options(dir, "07_nested_wait.py");
  EXPECT_FALSE(nested.interrupt_at);
  EXPECT_EQ(nested.compare.unordered_lines, (std::vector<std::pair<int, int>>{{4, 6}}));
  ProgramOptions plain = program_options(dir, "01_define_coroutine.py");
  EXPECT_FALSE(plain.interrupt_at);
  EXPECT_TRUE(plain.compare.unordered_lines.empty());
}

TEST(Manifest, Json) {
  Json j = Json::parse(R"( {"a": [1, 2.5, -3e2], "b": {"c": true, "d": null}, "e": "x\"\u00e9"} )");
  ASSERT_EQ(j.kind, Json::Kind::object);
  EXPECT_EQ(j.find("a")->items.at(2).number, -300);
  EXPECT_TRUE(j.find("b")->find("c")->boolean);
  EXPECT_EQ(j.find("b")->find("d")->kind, Json::Kind::null);
  EXPECT_EQ(j.find("e")->string, "x\"\xc3\xa9");
  EXPECT_EQ(j.find("z"), nullptr);
  EXPECT_THROW(Json::parse("{\"a\": }"), std::runtime_error);
  EXPECT_THROW(Json::parse("[1, 2"), std::runtime_error);
}

}  // namespace
}  // namespace aioplay::test
