// Event, Lock, Semaphore, BoundedSemaphore and Queue.
#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

TEST_F(LoopTest, EventWakesEveryWaiter) {
  Event ev;
  auto waiter = [&](std::string name) -> Coro<void> {
    co_await ev.wait();
    log.push_back(name);
  };
  Task<void> a = create_task(loop, waiter("a"));
  Task<void> b = create_task(loop, waiter("b"));
  loop.call_later(1, [&] { ev.set(); });
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(ev.is_set());
  EXPECT_EQ(ev.waiters(), 0u);
  ev.clear();
  EXPECT_FALSE(ev.is_set());
}

TEST_F(LoopTest, LockIsFifoFair) {
  Lock lock;
  auto worker = [&](std::string name) -> Coro<void> {
    co_await lock.acquire();
    log.push_back(name + " in");
    co_await sleep(1);
    log.push_back(name + " out");
    lock.release();
  };
  std::vector<Task<void>> ts;
  for (auto name : {"a", "b", "c"}) ts.push_back(create_task(loop, worker(name)));
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"a in", "a out", "b in", "b out", "c in", "c out"}));
  EXPECT_FALSE(lock.locked());
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
}

TEST_F(LoopTest, ACancelledLockWaiterPassesTheLockOn) {
  Lock lock;
  auto holder = [&]() -> Coro<void> {
    co_await lock.acquire();
    co_await sleep(2);
    lock.release();
  };
  auto waiter = [&](std::string name) -> Coro<void> {
    co_await lock.acquire();
    log.push_back(name + " got it");
    lock.release();
  };
  Task<void> h = create_task(loop, holder());
  Task<void> b = create_task(loop, waiter("b"));
  Task<void> c = create_task(loop, waiter("c"));
  loop.call_later(1, [&] { b.cancel(); });
  run_until_idle();
  EXPECT_TRUE(b.cancelled());
  EXPECT_EQ(log, std::vector<std::string>{"c got it"});
}

TEST_F(LoopTest, ReleasingAnUnlockedLockIsAnError) {
  Lock lock;
  try {
    lock.release();
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "Lock is not acquired.");
  }
}

TEST_F(LoopTest, SemaphoreLimitsConcurrency) {
  Semaphore sem(2);
  int inside = 0, most = 0;
  auto worker = [&]() -> Coro<void> {
    co_await sem.acquire();
    most = std::max(most, ++inside);
    co_await sleep(1);
    --inside;
    sem.release();
  };
  std::vector<Task<void>> ts;
  for (int i = 0; i < 5; ++i) ts.push_back(create_task(loop, worker()));
  run_until_idle();
  EXPECT_EQ(most, 2);
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
  EXPECT_EQ(sem.value(), 2);
  EXPECT_THROW(Semaphore(-1), std::invalid_argument);
}

TEST_F(LoopTest, BoundedSemaphoreRefusesExtraReleases) {
  BoundedSemaphore sem(1);
  try {
    sem.release();
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "BoundedSemaphore released too many times");
  }
}

TEST_F(LoopTest, QueueBackpressureWithMaxsize) {
  Queue<int> q(2);
  auto producer = [&]() -> Coro<void> {
    for (int i = 0; i < 5; ++i) {
      co_await q.put(i);
      log.push_back("put " + std::to_string(i) + " at " + std::to_string(int(loop.time())));
    }
  };
  auto consumer = [&]() -> Coro<void> {
    for (int i = 0; i < 5; ++i) {
      co_await sleep(1);
      int v = co_await q.get();
      log.push_back("got " + std::to_string(v));
      q.task_done();
    }
  };
  Task<void> p = create_task(loop, producer());
  Task<void> c = create_task(loop, consumer());
  run_until_idle();
  EXPECT_EQ(log, (std::vector<std::string>{"put 0 at 0", "put 1 at 0", "got 0", "put 2 at 1", "got 1", "put 3 at 2",
                                            "got 2", "put 4 at 3", "got 3", "got 4"}));
  EXPECT_TRUE(q.empty());
}

TEST_F(LoopTest, QueueNowaitErrorsAndJoin) {
  Queue<std::string> q(1);
  EXPECT_THROW(q.get_nowait(), QueueEmpty);
  q.put_nowait("x");
  EXPECT_TRUE(q.full());
  EXPECT_THROW(q.put_nowait("y"), QueueFull);
  EXPECT_EQ(q.qsize(), 1u);
  auto worker = [&]() -> Coro<void> {
    co_await sleep(2);
    log.push_back(q.get_nowait());
    q.task_done();
  };
  auto joiner = [&]() -> Coro<void> {
    co_await q.join();
    log.push_back("joined");
  };
  Task<void> w = create_task(loop, worker());
  loop.run_until_complete(joiner());
  EXPECT_EQ(log, (std::vector<std::string>{"x", "joined"}));
  EXPECT_DOUBLE_EQ(loop.time(), 2.0);
  EXPECT_THROW(q.task_done(), std::invalid_argument);
}

TEST_F(LoopTest, ACancelledQueueGetterLeavesTheItemForTheNext) {
  Queue<int> q;
  auto getter = [&](std::string name) -> Coro<void> {
    int v = co_await q.get();
    log.push_back(name + " " + std::to_string(v));
  };
  Task<void> a = create_task(loop, getter("a"));
  Task<void> b = create_task(loop, getter("b"));
  loop.call_later(1, [&] {
    q.put_nowait(7);
    a.cancel();
  });
  run_until_idle();
  EXPECT_TRUE(a.cancelled());
  EXPECT_EQ(log, std::vector<std::string>{"b 7"});
}

}  // namespace
}  // namespace aio::testing
