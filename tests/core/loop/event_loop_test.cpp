#include "loop/event_loop.hpp"

#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

TEST_F(LoopTest, DueTimersJoinTheEndOfTheReadyQueue) {
  // CPython: call_later(0) scheduled first still runs after call_soon callbacks of the same iteration.
  loop.call_later(0, [&] { log.push_back("timer"); });
  loop.call_soon([&] { log.push_back("a"); });
  loop.call_soon([&] { log.push_back("b"); });
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"a", "b", "timer"}));
}

TEST_F(LoopTest, CallbacksScheduledByCallbacksRunInTheNextIteration) {
  loop.call_soon([&] {
    log.push_back("first");
    loop.call_soon([&] { log.push_back("third"); });
  });
  loop.call_soon([&] {
    log.push_back("second");
    loop.stop();
  });
  loop.run_forever();
  // stop() ends the run after the iteration in which it was called: "third" has not run yet.
  EXPECT_EQ(log, (std::vector<std::string>{"first", "second"}));
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log.back(), "third");
}

TEST_F(LoopTest, SameDeadlineTimersFireInSchedulingOrder) {
  for (int i = 0; i < 5; ++i) loop.call_at(2.0, [this, i] { log.push_back("t" + std::to_string(i)); });
  loop.call_at(1.0, [&] { log.push_back("early"); });
  loop.call_at(3.0, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"early", "t0", "t1", "t2", "t3", "t4"}));
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
}

TEST_F(LoopTest, CancelledHandlesDoNotRun) {
  auto h = loop.call_soon([&] { log.push_back("soon"); });
  auto t = loop.call_later(1, [&] { log.push_back("later"); });
  h->cancel();
  t->cancel();
  EXPECT_TRUE(h->cancelled());
  loop.call_later(2, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_TRUE(log.empty());
}

TEST_F(LoopTest, ManyCancelledTimersAreCompactedAway) {
  std::vector<Ref<TimerHandle>> handles;
  for (int i = 0; i < 1000; ++i) handles.push_back(loop.call_later(10 + i, [] {}));
  for (auto& h : handles) h->cancel();
  loop.call_later(1, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_TRUE(loop.scheduled_timers().empty());
  for (auto& h : handles) EXPECT_EQ(h->ref_count(), 1u) << "the loop still holds a cancelled timer";
}

TEST_F(LoopTest, StopBeforeRunForeverRunsOneIteration) {
  loop.call_soon([&] { log.push_back("ran"); });
  loop.stop();
  loop.run_forever();
  EXPECT_EQ(log, std::vector<std::string>{"ran"});
  EXPECT_FALSE(loop.is_running());
}

TEST_F(LoopTest, IsRunningOnlyInsideTheRun) {
  bool inside = false;
  loop.call_soon([&] {
    inside = loop.is_running();
    loop.stop();
  });
  EXPECT_FALSE(loop.is_running());
  loop.run_forever();
  EXPECT_TRUE(inside);
  EXPECT_FALSE(loop.is_running());
}

TEST_F(LoopTest, RunningTwiceIsAnError) {
  std::string error;
  loop.call_soon([&] {
    try {
      loop.run_forever();
    } catch (const std::runtime_error& e) {
      error = e.what();
    }
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(error, "This event loop is already running");
}

TEST_F(LoopTest, ClosingTwiceIsHarmlessAndAClosedLoopRefusesWork) {
  loop.close();
  loop.close();
  EXPECT_TRUE(loop.is_closed());
  try {
    loop.call_soon([] {});
    FAIL() << "call_soon on a closed loop";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "Event loop is closed");
  }
  EXPECT_THROW(loop.run_forever(), std::runtime_error);
}

TEST_F(LoopTest, ClosingARunningLoopIsAnError) {
  std::string error;
  loop.call_soon([&] {
    try {
      loop.close();
    } catch (const std::runtime_error& e) {
      error = e.what();
    }
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(error, "Cannot close a running event loop");
  EXPECT_FALSE(loop.is_closed());
}

TEST_F(LoopTest, AnExceptionInACallbackIsReportedAndTheLoopGoesOn) {
  loop.call_soon([] { throw std::runtime_error("boom"); }, "explode");
  loop.call_soon([&] {
    log.push_back("after");
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(log, std::vector<std::string>{"after"});
  EXPECT_EQ(reported, std::vector<std::string>{"Exception in callback explode"});
}

TEST_F(LoopTest, VirtualTimeJumpsToTheNextTimer) {
  loop.call_later(3600, [&] {
    log.push_back("an hour later");
    loop.stop();
  });
  double start = monotonic_seconds();
  loop.run_forever();
  EXPECT_LT(monotonic_seconds() - start, 1.0);
  EXPECT_DOUBLE_EQ(loop.time(), 3600);
  EXPECT_EQ(log, std::vector<std::string>{"an hour later"});
}

TEST(RealClockLoop, SleepsTakeRealTime) {
  RealClock clock;
  EventLoop loop(clock);
  double start = loop.time();
  loop.call_later(0.05, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_GE(loop.time() - start, 0.05);
}

}  // namespace
}  // namespace aio::testing
