#include "loop/gather.hpp"

#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

struct GatherTest : LoopTest {
  Coro<int> after(double delay, int value) {
    co_await sleep(delay);
    log.push_back("done " + std::to_string(value));
    co_return value;
  }
  Coro<int> fail_after(double delay, std::string message) {
    co_await sleep(delay);
    throw std::runtime_error(message);
  }
  std::vector<Future<int>> tasks(std::vector<Coro<int>> coros) {
    std::vector<Future<int>> out;
    for (auto& c : coros) out.push_back(create_task(loop, std::move(c)));
    return out;
  }
};

TEST_F(GatherTest, ResultsComeInArgumentOrder) {
  std::vector<Coro<int>> coros;
  coros.push_back(after(3, 1));
  coros.push_back(after(1, 2));
  coros.push_back(after(2, 3));
  auto children = tasks(std::move(coros));
  auto results = loop.run_until_complete(gather(children));
  EXPECT_EQ(results, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(log, (std::vector<std::string>{"done 2", "done 3", "done 1"}));
  EXPECT_DOUBLE_EQ(loop.time(), 3.0);
}

TEST_F(GatherTest, NothingToGatherIsAnEmptyResult) {
  auto main = [&]() -> Coro<size_t> { co_return (co_await gather(std::vector<Future<int>>{})).size(); };
  EXPECT_EQ(run(main()), 0u);
}

TEST_F(GatherTest, OneFailingChildFailsTheGatherWhileTheOthersKeepRunning) {
  std::vector<Coro<int>> coros;
  coros.push_back(after(1, 1));
  coros.push_back(fail_after(2, "child failed"));
  coros.push_back(after(4, 3));
  auto children = tasks(std::move(coros));
  try {
    loop.run_until_complete(gather(children));
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "child failed");
  }
  EXPECT_DOUBLE_EQ(loop.time(), 2.0);
  EXPECT_FALSE(children[2].done());
  run_until_idle();
  EXPECT_EQ(children[2].result(), 3);
  EXPECT_EQ(log.back(), "done 3");
}

TEST_F(GatherTest, ReturnExceptionsCollectsErrorsAndCancellations) {
  std::vector<Coro<int>> coros;
  coros.push_back(after(1, 1));
  coros.push_back(fail_after(2, "child failed"));
  coros.push_back(after(4, 3));
  auto children = tasks(std::move(coros));
  loop.call_later(3, [&] { children[2].cancel(); });
  auto results = loop.run_until_complete(gather(children, return_exceptions));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].value(), 1);
  EXPECT_EQ(what(results[1].error()), "child failed");
  EXPECT_EQ(cancel_message(results[2].error()), "");
}

TEST_F(GatherTest, CancellingTheGatherCancelsEveryChild) {
  std::vector<Coro<int>> coros;
  coros.push_back(after(1, 1));
  coros.push_back(after(2, 2));
  coros.push_back(after(4, 3));
  auto children = tasks(std::move(coros));
  auto outer = gather(children);
  loop.call_later(1.5, [&] { log.push_back(outer.cancel() ? "cancel:True" : "cancel:False"); });
  EXPECT_THROW(loop.run_until_complete(outer), CancelledError);
  EXPECT_EQ(log, (std::vector<std::string>{"done 1", "cancel:True"}));
  EXPECT_FALSE(children[0].cancelled());
  EXPECT_TRUE(children[1].cancelled());
  EXPECT_TRUE(children[2].cancelled());
  EXPECT_TRUE(outer.cancelled() || outer.done());
}

TEST_F(GatherTest, CancellingATaskAwaitingAGatherCancelsTheChildren) {
  std::vector<Coro<int>> coros;
  coros.push_back(after(2, 1));
  coros.push_back(after(4, 2));
  auto children = tasks(std::move(coros));
  auto main = [&]() -> Coro<void> { co_await gather(children); };
  Task<void> t = create_task(loop, main());
  loop.call_later(1, [&] { t.cancel(); });
  run_until_idle();
  EXPECT_TRUE(t.cancelled());
  EXPECT_TRUE(children[0].cancelled());
  EXPECT_TRUE(children[1].cancelled());
  EXPECT_TRUE(log.empty());
}

}  // namespace
}  // namespace aio::testing
