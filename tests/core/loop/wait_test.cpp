// wait(), wait_for(), as_completed() and shield().
#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

struct WaitTest : LoopTest {
  Coro<int> after(double delay, int value) {
    co_await sleep(delay);
    co_return value;
  }
  Coro<int> fail_after(double delay) {
    co_await sleep(delay);
    throw std::runtime_error("failed");
  }
  std::vector<Future<int>> three(bool second_fails = false) {
    std::vector<Future<int>> out;
    out.push_back(create_task(loop, after(1, 1)));
    out.push_back(create_task(loop, second_fails ? fail_after(2) : after(2, 2)));
    out.push_back(create_task(loop, after(4, 4)));
    return out;
  }
  static std::vector<int> values(const std::vector<Future<int>>& fs) {
    std::vector<int> out;
    for (auto& f : fs) out.push_back(f.exception() ? -1 : f.result());
    return out;
  }
};

TEST_F(WaitTest, AllCompleted) {
  auto fs = three();
  auto r = loop.run_until_complete(wait(fs));
  EXPECT_EQ(values(r.done), (std::vector<int>{1, 2, 4}));
  EXPECT_TRUE(r.pending.empty());
  EXPECT_DOUBLE_EQ(loop.time(), 4.0);
}

TEST_F(WaitTest, FirstCompleted) {
  auto fs = three();
  auto r = loop.run_until_complete(wait(fs, std::nullopt, ReturnWhen::first_completed));
  EXPECT_EQ(values(r.done), std::vector<int>{1});
  EXPECT_EQ(r.pending.size(), 2u);
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
  run_until_idle();
}

TEST_F(WaitTest, FirstException) {
  auto fs = three(true);
  auto r = loop.run_until_complete(wait(fs, std::nullopt, ReturnWhen::first_exception));
  EXPECT_EQ(values(r.done), (std::vector<int>{1, -1}));
  EXPECT_EQ(r.pending.size(), 1u);
  EXPECT_DOUBLE_EQ(loop.time(), 2.0);
  run_until_idle();
}

TEST_F(WaitTest, FirstExceptionWithoutAnExceptionWaitsForAll) {
  auto fs = three();
  auto r = loop.run_until_complete(wait(fs, std::nullopt, ReturnWhen::first_exception));
  EXPECT_EQ(r.done.size(), 3u);
  EXPECT_DOUBLE_EQ(loop.time(), 4.0);
}

TEST_F(WaitTest, TimeoutReturnsWhatIsDoneAndCancelsNothing) {
  auto fs = three();
  auto r = loop.run_until_complete(wait(fs, 2.5));
  EXPECT_EQ(values(r.done), (std::vector<int>{1, 2}));
  ASSERT_EQ(r.pending.size(), 1u);
  EXPECT_FALSE(r.pending[0].cancelled());
  EXPECT_DOUBLE_EQ(loop.time(), 2.5);
  run_until_idle();
  EXPECT_EQ(r.pending[0].result(), 4);
}

TEST_F(WaitTest, NothingToWaitForIsAnError) {
  auto main = [&]() -> Coro<void> { co_await wait(std::vector<Future<int>>{}); };
  EXPECT_THROW(run(main()), std::invalid_argument);
}

TEST_F(WaitTest, AsCompletedYieldsInCompletionOrder) {
  std::vector<Future<int>> fs;
  fs.push_back(create_task(loop, after(3, 3)));
  fs.push_back(create_task(loop, after(1, 1)));
  fs.push_back(create_task(loop, after(2, 2)));
  auto main = [&]() -> Coro<std::vector<int>> {
    std::vector<int> order;
    auto ac = as_completed(fs);
    for (size_t i = 0; i < ac.size(); ++i) order.push_back(co_await ac.next());
    co_return order;
  };
  EXPECT_EQ(run(main()), (std::vector<int>{1, 2, 3}));
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
}

TEST_F(WaitTest, AsCompletedTimesOutForTheRest) {
  auto fs = three();
  auto main = [&]() -> Coro<std::vector<std::string>> {
    std::vector<std::string> seen;
    auto ac = as_completed(fs, 1.5);
    for (size_t i = 0; i < ac.size(); ++i) {
      try {
        seen.push_back(std::to_string(co_await ac.next()));
      } catch (const TimeoutError&) {
        seen.push_back("timeout");
      }
    }
    co_return seen;
  };
  EXPECT_EQ(run(main()), (std::vector<std::string>{"1", "timeout", "timeout"}));
  EXPECT_DOUBLE_EQ(loop.time(), 1.5);
  run_until_idle();
}

TEST_F(WaitTest, WaitForReturnsTheResultInTime) {
  auto main = [&]() -> Coro<int> { co_return co_await wait_for<int>(create_task(loop, after(1, 7)), 2.0); };
  EXPECT_EQ(run(main()), 7);
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
}

TEST_F(WaitTest, WaitForTimingOutCancelsTheInnerTask) {
  Task<int> inner = create_task(loop, after(10, 1));
  auto main = [&]() -> Coro<void> { co_await wait_for<int>(inner, 2.0); };
  EXPECT_THROW(run(main()), TimeoutError);
  EXPECT_TRUE(inner.cancelled());
  EXPECT_DOUBLE_EQ(loop.time(), 2.0);
}

TEST_F(WaitTest, WaitForWithoutTimeoutJustAwaits) {
  auto main = [&]() -> Coro<int> { co_return co_await wait_for<int>(create_task(loop, after(5, 3)), std::nullopt); };
  EXPECT_EQ(run(main()), 3);
}

TEST_F(WaitTest, WaitForZeroTimeoutCancelsAtOnce) {
  Task<int> inner = create_task(loop, after(1, 1));
  auto main = [&]() -> Coro<void> { co_await wait_for<int>(inner, 0.0); };
  EXPECT_THROW(run(main()), TimeoutError);
  EXPECT_TRUE(inner.cancelled());
}

TEST_F(WaitTest, CancellingWaitForCancelsTheInnerTask) {
  Task<int> inner = create_task(loop, after(10, 1));
  auto waiting = [&]() -> Coro<void> { co_await wait_for<int>(inner, 5.0); };
  Task<void> outer = create_task(loop, waiting());
  loop.call_later(1, [&] { outer.cancel(); });
  run_until_idle();
  EXPECT_TRUE(outer.cancelled());
  EXPECT_TRUE(inner.cancelled());
}

TEST_F(WaitTest, ShieldProtectsTheInnerTaskFromCancellation) {
  Task<int> inner = create_task(loop, after(3, 42));
  auto waiting = [&]() -> Coro<int> { co_return co_await shield<int>(inner); };
  Task<int> outer = create_task(loop, waiting());
  loop.call_later(1, [&] { outer.cancel(); });
  run_until_idle();
  EXPECT_TRUE(outer.cancelled());
  EXPECT_FALSE(inner.cancelled());
  EXPECT_EQ(inner.result(), 42);
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
}

TEST_F(WaitTest, ShieldPassesTheResultThrough) {
  auto main = [&]() -> Coro<int> { co_return co_await shield<int>(create_task(loop, after(1, 5))); };
  EXPECT_EQ(run(main()), 5);
}

}  // namespace
}  // namespace aio::testing
