// The host step API: what a browser or CLI sees when it drives the loop itself.
#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

TEST_F(LoopTest, StepReportsIdleWhenNothingIsScheduled) {
  loop.begin_run();
  EXPECT_EQ(loop.step().next, Step::Next::idle);
  loop.end_run();
}

TEST(RealClockStep, StepReportsTheDelayToTheNextTimer) {
  RealClock clock;
  EventLoop loop(clock);
  loop.call_later(10, [] {});
  loop.begin_run();
  Step s = loop.step();
  loop.end_run();
  EXPECT_EQ(s.next, Step::Next::waiting);
  EXPECT_GT(s.delay, 9.0);
  EXPECT_LE(s.delay, 10.0);
}

TEST_F(LoopTest, StepReportsStoppedAfterStop) {
  loop.call_soon([&] { loop.stop(); });
  loop.begin_run();
  EXPECT_EQ(loop.step().next, Step::Next::stopped);
  loop.end_run();
}

TEST_F(LoopTest, ATimeSliceEndsTheStepButNotTheIteration) {
  // Work that takes longer than the slice: the step returns "ready" and the next step carries on.
  int ran = 0;
  for (int i = 0; i < 200; ++i)
    loop.call_soon([&] {
      ++ran;
      double until = monotonic_seconds() + 0.0002;
      while (monotonic_seconds() < until) {
      }
    });
  loop.begin_run();
  Step s = loop.step(0.002);
  EXPECT_EQ(s.next, Step::Next::ready);
  EXPECT_LT(ran, 200);
  while (loop.step(0.002).next != Step::Next::idle) {
  }
  loop.end_run();
  EXPECT_EQ(ran, 200);
}

TEST_F(LoopTest, YieldToHostResumesTheSameWorkFirst) {
  // A long callback hands the thread back; nothing else of the loop runs before it continues.
  struct Resume final : Callback {
    std::vector<std::string>* log;
    void invoke(FutureBase*) override { log->push_back("resumed"); }
  };
  Ref<Resume> resume(new Resume);
  resume->log = &log;
  loop.call_soon([&] {
    log.push_back("long");
    loop.yield_to_host(resume);
  });
  loop.call_soon([&] { log.push_back("other"); });
  loop.begin_run();
  EXPECT_EQ(loop.step().next, Step::Next::ready);
  EXPECT_EQ(log, std::vector<std::string>{"long"});
  loop.step();
  loop.end_run();
  EXPECT_EQ(log, (std::vector<std::string>{"long", "resumed", "other"}));
}

TEST_F(LoopTest, APreemptedTaskContinuesBeforeAnythingElseRuns) {
  auto long_step = [&]() -> Coro<void> {
    log.push_back("a1");
    co_await preempt();
    log.push_back("a2");
    co_await preempt();
    log.push_back("a3");
  };
  auto other = [&]() -> Coro<void> {
    log.push_back("b");
    co_return;
  };
  Task<void> a = create_task(loop, long_step());
  Task<void> b = create_task(loop, other());
  loop.begin_run();
  EXPECT_EQ(loop.step().next, Step::Next::ready);
  EXPECT_EQ(log, std::vector<std::string>{"a1"});
  EXPECT_EQ(loop.step().next, Step::Next::ready);
  EXPECT_EQ(log, (std::vector<std::string>{"a1", "a2"}));
  EXPECT_EQ(loop.step().next, Step::Next::idle);
  loop.end_run();
  EXPECT_EQ(log, (std::vector<std::string>{"a1", "a2", "a3", "b"}));
  EXPECT_TRUE(a.done());
}

TEST_F(LoopTest, InterruptRaisesKeyboardInterruptOutOfTheRun) {
  loop.call_soon([&] { loop.interrupt(); });
  loop.call_later(5, [&] { loop.stop(); });
  EXPECT_THROW(loop.run_forever(), KeyboardInterrupt);
  EXPECT_FALSE(loop.is_running());
}

TEST_F(LoopTest, InterruptAtFiresAtThatLoopTimeOnAVirtualClock) {
  loop.call_later(1, [&] { log.push_back("1s"); });
  loop.call_later(2, [&] { log.push_back("2s"); });
  loop.set_interrupt_at(1.3);
  EXPECT_THROW(loop.run_forever(), KeyboardInterrupt);
  EXPECT_DOUBLE_EQ(loop.time(), 1.3);
  EXPECT_EQ(log, std::vector<std::string>{"1s"});
  // The loop is usable afterwards and the 2 s timer is still pending.
  loop.call_later(1, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"1s", "2s"}));
}

TEST_F(LoopTest, InterruptAtWakesAnIdleLoop) {
  loop.set_interrupt_at(7);
  EXPECT_THROW(loop.run_forever(), KeyboardInterrupt);
  EXPECT_DOUBLE_EQ(loop.time(), 7);
}

}  // namespace
}  // namespace aio::testing
