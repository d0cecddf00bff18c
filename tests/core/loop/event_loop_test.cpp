#include "loop/event_loop.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loop/future.hpp"
#include "loop/gather.hpp"
#include "loop/sleep.hpp"
#include "loop/task.hpp"

namespace aio {
namespace {

struct LoopTest : ::testing::Test {
  VirtualClock clock;
  EventLoop loop{clock};
  std::vector<std::string> log;
};

TEST_F(LoopTest, DueTimersJoinTheEndOfTheReadyQueue) {
  loop.call_later(0, [&] { log.push_back("timer"); });
  loop.call_soon([&] { log.push_back("a"); });
  loop.call_soon([&] { log.push_back("b"); });
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"a", "b", "timer"}));
}

Coro<int> add_later(int a, int b) {
  co_await sleep(1.0);
  co_return a + b;
}

TEST_F(LoopTest, RunUntilCompleteReturnsCoroutineResult) {
  EXPECT_EQ(loop.run_until_complete(add_later(2, 3)), 5);
  EXPECT_DOUBLE_EQ(loop.time(), 1.0);
}

}  // namespace
}  // namespace aio
