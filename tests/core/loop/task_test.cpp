#include "loop/task.hpp"

#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

Coro<int> add_later(int a, int b) {
  co_await sleep(1.0);
  co_return a + b;
}

TEST_F(LoopTest, RunUntilCompleteReturnsTheCoroutinesResult) {
  EXPECT_EQ(run(add_later(2, 3)), 5);
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
}

TEST_F(LoopTest, ATaskStartsInTheNextIteration) {
  auto body = [&]() -> Coro<void> {
    log.push_back("task");
    co_return;
  };
  Task<void> t = create_task(loop, body());
  EXPECT_TRUE(log.empty());
  loop.call_soon([&] { log.push_back("soon"); });
  run([&]() -> Coro<void> { co_await t; }());
  EXPECT_EQ(log, (std::vector<std::string>{"task", "soon"}));
}

TEST_F(LoopTest, TasksAreNamedInCreationOrder) {
  auto noop = []() -> Coro<void> { co_return; };
  Task<void> a = create_task(loop, noop());
  Task<void> b = create_task(loop, noop(), "custom");
  Task<void> c = create_task(loop, noop());
  EXPECT_EQ(a.name(), "Task-1");
  EXPECT_EQ(b.name(), "custom");
  EXPECT_EQ(c.name(), "Task-2");  // a given name takes no number
  c.set_name("renamed");
  EXPECT_EQ(c.name(), "renamed");
  run_until_idle();
}

TEST_F(LoopTest, CurrentTaskAndAllTasks) {
  auto sleep_long = [&]() -> Coro<void> { co_await sleep(10); };
  Task<void> sleeper = create_task(loop, sleep_long());
  TaskBase* seen = nullptr;
  size_t live = 0;
  auto inspect = [&]() -> Coro<void> {
    seen = current_task();
    live = loop.all_tasks().size();
    co_return;
  };
  Task<void> main = create_task(loop, inspect());
  EXPECT_EQ(current_task(), nullptr);
  loop.run_until_complete(main);
  EXPECT_EQ(seen, &main.state());
  EXPECT_EQ(live, 2u);
  auto pending = loop.all_tasks();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].get(), &sleeper.state());
  sleeper.cancel();
  run_until_idle();
  EXPECT_TRUE(loop.all_tasks().empty());
}

TEST_F(LoopTest, CancelDuringSleepRunsCleanupAndEndsCancelled) {
  auto sleep_then_clean_up = [&]() -> Coro<void> {
    try {
      co_await sleep(10);
      log.push_back("woke");
    } catch (const CancelledError&) {
      log.push_back("cleanup");
      throw;
    }
  };
  Task<void> t = create_task(loop, sleep_then_clean_up());
  loop.call_later(1, [&] { log.push_back(t.cancel("stop it") ? "cancel:True" : "cancel:False"); });
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"cancel:True", "cleanup"}));
  EXPECT_TRUE(t.cancelled());
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
  try {
    t.result();
    FAIL();
  } catch (const CancelledError& e) {
    EXPECT_EQ(e.message(), "stop it");
  }
  EXPECT_FALSE(t.cancel());
}

TEST_F(LoopTest, ATaskMaySwallowItsCancellation) {
  auto swallow_cancel = [&]() -> Coro<int> {
    try {
      co_await sleep(10);
    } catch (const CancelledError&) {
      log.push_back("swallowed");
    }
    co_await sleep(1);
    co_return 99;
  };
  Task<int> t = create_task(loop, swallow_cancel());
  loop.call_later(1, [&] { t.cancel(); });
  run_until_idle();
  EXPECT_FALSE(t.cancelled());
  EXPECT_EQ(t.result(), 99);
  EXPECT_EQ(t.cancelling(), 1);
  EXPECT_EQ(t.uncancel(), 0);
  EXPECT_EQ(t.uncancel(), 0);
  EXPECT_DOUBLE_EQ(loop.time(), 2.0);
}

TEST_F(LoopTest, CancellingATaskBeforeItStartsSkipsItsBody) {
  auto record_run = [&]() -> Coro<void> {
    log.push_back("ran");
    co_return;
  };
  Task<void> t = create_task(loop, record_run());
  EXPECT_TRUE(t.cancel());
  EXPECT_EQ(t.cancelling(), 1);
  run_until_idle();
  EXPECT_TRUE(t.cancelled());
  EXPECT_TRUE(log.empty());
}

TEST_F(LoopTest, CancelTwiceCountsTwoRequests) {
  auto sleep_five = []() -> Coro<void> { co_await sleep(5); };
  Task<void> t = create_task(loop, sleep_five());
  loop.call_later(1, [&] {
    EXPECT_TRUE(t.cancel());
    EXPECT_TRUE(t.cancel());
  });
  run_until_idle();
  EXPECT_TRUE(t.cancelled());
  EXPECT_EQ(t.cancelling(), 2);
}

TEST_F(LoopTest, CancellingAnAwaitedTaskCancelsTheInnerTaskFirst) {
  auto inner_body = [&]() -> Coro<void> {
    try {
      co_await sleep(10);
    } catch (const CancelledError&) {
      log.push_back("inner cancelled");
      throw;
    }
  };
  Task<void> inner = create_task(loop, inner_body());
  auto outer_body = [&]() -> Coro<void> {
    try {
      co_await inner;
    } catch (const CancelledError&) {
      log.push_back("outer cancelled");
      throw;
    }
  };
  Task<void> outer = create_task(loop, outer_body());
  loop.call_later(1, [&] { outer.cancel(); });
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"inner cancelled", "outer cancelled"}));
  EXPECT_TRUE(inner.cancelled());
  EXPECT_TRUE(outer.cancelled());
}

Coro<int> level3() {
  co_await sleep(0.5);
  throw std::runtime_error("deep failure");
}
Coro<int> level2() { co_return co_await level3() + 1; }
Coro<int> level1() {
  int v = co_await level2();
  co_return v + 1;
}

TEST_F(LoopTest, AnExceptionPropagatesThroughThreeLevelsOfAwaits) {
  try {
    run(level1());
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "deep failure");
  }
}

TEST_F(LoopTest, AnExceptionPropagatesThroughThreeLevelsOfTasks) {
  Task<int> t3 = create_task(loop, level3());
  auto await_t3 = [&]() -> Coro<int> { co_return co_await t3; };
  Task<int> t2 = create_task(loop, await_t3());
  auto await_t2 = [&]() -> Coro<int> { co_return co_await t2; };
  Task<int> t1 = create_task(loop, await_t2());
  EXPECT_THROW(loop.run_until_complete(t1), std::runtime_error);
  EXPECT_EQ(what(t3.exception()), "deep failure");
  EXPECT_EQ(what(t2.exception()), "deep failure");
}

TEST_F(LoopTest, SleepZeroYieldsToEveryReadyTask) {
  auto worker = [&](std::string name) -> Coro<void> {
    for (int i = 0; i < 2; ++i) {
      log.push_back(name + std::to_string(i));
      co_await sleep(0);
    }
  };
  Task<void> a = create_task(loop, worker("a"));
  Task<void> b = create_task(loop, worker("b"));
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"a0", "b0", "a1", "b1"}));
}

TEST_F(LoopTest, SleepReturnsItsResultAndResumesOneIterationAfterItsTimer) {
  // asyncio: the sleep's timer completes a future; the task resumes from that future's callback,
  // so a callback due at the same moment but scheduled later still runs first.
  auto sleep_with_result = [&]() -> Coro<int> {
    int v = co_await sleep(1, 5);
    log.push_back("task");
    co_return v;
  };
  Task<int> t = create_task(loop, sleep_with_result());
  loop.call_soon([&] { loop.call_later(1, [&] { log.push_back("timer"); }); });
  EXPECT_EQ(loop.run_until_complete(t), 5);
  EXPECT_EQ(log, (std::vector<std::string>{"timer", "task"}));
}

TEST_F(LoopTest, CancellingASleeperTwiceKeepsTheFirstMessage) {
  // CPython 3.11: the first cancel() cancels the sleep's future, whose CancelledError('first') wins.
  std::string got;
  auto sleeper = [&]() -> Coro<void> {
    try {
      co_await sleep(10);
    } catch (const CancelledError& e) {
      got = e.message().value_or("");
      throw;
    }
  };
  Task<void> t = create_task(loop, sleeper());
  loop.call_later(1, [&] {
    EXPECT_TRUE(t.cancel("first"));
    EXPECT_EQ(t.state().sleep_state(), TaskBase::SleepState::cancelled);
    EXPECT_TRUE(t.cancel("second"));
  });
  run_until_idle();
  EXPECT_EQ(got, "first");
  EXPECT_EQ(t.cancelling(), 2);
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
}

TEST_F(LoopTest, CancellingASleeperWhoseTimerHasFiredStillCancelsIt) {
  // The timer fired in this iteration, the task resumes in the next: cancel() in between wins.
  std::string got = "<not cancelled>";
  auto sleeper = [&]() -> Coro<void> {
    try {
      co_await sleep(1);
      log.push_back("woke");
    } catch (const CancelledError& e) {
      got = e.message().value_or("");
      throw;
    }
  };
  Task<void> t = create_task(loop, sleeper());
  loop.call_soon([&] {
    loop.call_later(1, [&] {
      EXPECT_EQ(t.state().sleep_state(), TaskBase::SleepState::finished);
      EXPECT_TRUE(t.cancel("late"));
    });
  });
  run_until_idle();
  EXPECT_EQ(got, "late");
  EXPECT_TRUE(log.empty());
}

TEST_F(LoopTest, CancellingASleeperWhoseTimerIsQueuedButHasNotRun) {
  // The timer is in the ready queue behind this callback: the sleep is still pending, so cancel()
  // wakes the task with CancelledError and the timer's callback then does nothing.
  std::vector<std::string> order;
  auto sleeper = [&]() -> Coro<void> {
    try {
      co_await sleep(1);
      order.push_back("woke");
    } catch (const CancelledError& e) {
      order.push_back("cancelled:" + e.message().value_or(""));
      throw;
    }
  };
  Task<void> t = create_task(loop, sleeper());
  loop.call_at(1, [&] {
    EXPECT_EQ(t.state().sleep_state(), TaskBase::SleepState::pending);
    EXPECT_TRUE(t.cancel("early"));
    EXPECT_TRUE(t.cancel("again"));
    loop.call_soon([&] { order.push_back("after cancel"); });
  });
  run_until_idle();
  EXPECT_EQ(order, (std::vector<std::string>{"cancelled:early", "after cancel"}));
  EXPECT_TRUE(t.cancelled());
}

TEST_F(LoopTest, SleepingTasksAreListedWithTheTimers) {
  auto sleeper = [](double d) -> Coro<void> { co_await sleep(d); };
  Task<void> a = create_task(loop, sleeper(3));
  Task<void> b = create_task(loop, sleeper(1));
  loop.call_later(2, [] {});
  loop.call_soon([&] {
    auto timers = loop.scheduled_timers();
    ASSERT_EQ(timers.size(), 3u);
    EXPECT_EQ(timers[0].sleeper.get(), &b.state());
    EXPECT_TRUE(timers[1].handle);
    EXPECT_EQ(timers[2].sleeper.get(), &a.state());
    EXPECT_EQ(a.state().sleep_deadline(), 3.0);
  });
  run_until_idle();
  EXPECT_FALSE(a.state().sleep_deadline());
}

TEST_F(LoopTest, ATaskExceptionNobodyRetrievedIsReportedWhenTheTaskDies) {
  {
    Task<int> t = create_task(loop, level3());
    run_until_idle();
  }
  EXPECT_EQ(reported, std::vector<std::string>{"Task exception was never retrieved"});
}

TEST(LoopTeardown, ATaskStillPendingWhenTheLoopDiesIsReportedAndFreed) {
  std::vector<std::string> reported;
  bool frame_freed = false;
  struct Flag {
    bool* f;
    ~Flag() { *f = true; }
  };
  {
    VirtualClock clock;
    EventLoop loop(clock);
    loop.set_exception_handler([&](const ExceptionContext& c) { reported.push_back(c.message); });
    Future<void> never(loop);
    auto await_forever = [](Future<void> f, bool* freed) -> Coro<void> {
      Flag flag{freed};
      co_await f;
    };
    Task<void> t = create_task(loop, await_forever(never, &frame_freed));
    loop.call_soon([&] { loop.stop(); });
    loop.run_forever();
  }
  EXPECT_TRUE(frame_freed);
  EXPECT_EQ(reported, std::vector<std::string>{"Task was destroyed but it is pending!"});
}

TEST(LoopTeardown, APendingGatherOfPendingTasksIsFreedWithTheLoop) {
  // Cycle: child task -> its done-callback (the gathering future) -> the child. LeakSanitizer checks
  // that the loop's teardown breaks it.
  std::vector<std::string> reported;
  {
    VirtualClock clock;
    EventLoop loop(clock);
    loop.set_exception_handler([&](const ExceptionContext& c) { reported.push_back(c.message); });
    auto forever = [](Future<int> f) -> Coro<int> { co_return co_await f; };
    Future<int> never(loop);
    std::vector<Future<int>> children{create_task(loop, forever(never)), create_task(loop, forever(never))};
    auto outer = gather(children);
    children.clear();
    loop.call_soon([&] { loop.stop(); });
    loop.run_forever();
  }
  EXPECT_EQ(reported, std::vector<std::string>(2, "Task was destroyed but it is pending!"));
}

}  // namespace
}  // namespace aio::testing
