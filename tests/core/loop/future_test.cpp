#include "loop/future.hpp"

#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

TEST_F(LoopTest, AFutureStartsPendingAndHoldsItsResult) {
  Future<int> f(loop);
  EXPECT_FALSE(f.done());
  EXPECT_THROW(f.result(), InvalidStateError);
  EXPECT_THROW(f.exception(), InvalidStateError);
  f.set_result(42);
  EXPECT_TRUE(f.done());
  EXPECT_EQ(f.result(), 42);
  EXPECT_EQ(f.exception(), nullptr);
  EXPECT_THROW(f.set_result(1), InvalidStateError);
  EXPECT_FALSE(f.cancel());
}

TEST_F(LoopTest, AFailedFutureRaisesItsException) {
  Future<int> f(loop);
  f.set_exception(std::runtime_error("bad"));
  EXPECT_TRUE(f.done());
  EXPECT_EQ(what(f.exception()), "bad");
  try {
    f.result();
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "bad");
  }
}

TEST_F(LoopTest, CancelCarriesItsMessage) {
  Future<int> f(loop);
  EXPECT_TRUE(f.cancel("enough"));
  EXPECT_TRUE(f.cancelled());
  EXPECT_FALSE(f.cancel());
  try {
    f.result();
    FAIL();
  } catch (const CancelledError& e) {
    EXPECT_EQ(e.message(), "enough");
  }
  EXPECT_THROW(f.exception(), CancelledError);
}

TEST_F(LoopTest, DoneCallbacksAreScheduledNeverRunInline) {
  Future<int> f(loop);
  f.add_done_callback([&](FutureBase&) { log.push_back("cb1"); });
  f.add_done_callback([&](FutureBase&) { log.push_back("cb2"); });
  f.set_result(1);
  EXPECT_TRUE(log.empty());
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"cb1", "cb2"}));
}

TEST_F(LoopTest, ACallbackAddedToADoneFutureIsScheduledToo) {
  Future<int> f(loop);
  f.set_result(1);
  f.add_done_callback([&](FutureBase& fut) { log.push_back(fut.done() ? "done" : "pending"); });
  EXPECT_TRUE(log.empty());
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(log, std::vector<std::string>{"done"});
}

TEST_F(LoopTest, RemoveDoneCallbackRemovesEveryRegistration) {
  Future<int> f(loop);
  Ref<Callback> cb = make_callback([&](FutureBase&) { log.push_back("cb"); });
  f.add_done_callback(cb);
  f.add_done_callback(cb);
  EXPECT_EQ(f.remove_done_callback(cb.get()), 2u);
  EXPECT_EQ(f.remove_done_callback(cb.get()), 0u);
  f.set_result(1);
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  EXPECT_TRUE(log.empty());
}

TEST_F(LoopTest, AnExceptionNobodyRetrievedIsReported) {
  {
    Future<int> f(loop);
    f.set_exception(std::runtime_error("lost"));
  }
  EXPECT_EQ(reported, std::vector<std::string>{"Future exception was never retrieved"});
  {
    Future<int> f(loop);
    f.set_exception(std::runtime_error("seen"));
    f.exception();
  }
  EXPECT_EQ(reported.size(), 1u);
}

TEST_F(LoopTest, RunUntilCompleteOnADoneFutureReturnsItsResult) {
  Future<int> f(loop);
  f.set_result(7);
  EXPECT_EQ(loop.run_until_complete(f), 7);
}

TEST_F(LoopTest, RunUntilCompleteRaisesTheFuturesException) {
  Future<int> f(loop);
  loop.call_later(1, [f] { f.set_exception(std::runtime_error("late failure")); });
  EXPECT_THROW(loop.run_until_complete(f), std::runtime_error);
}

TEST_F(LoopTest, RunUntilCompleteStoppedEarlyIsAnError) {
  Future<int> f(loop);
  loop.call_soon([&] { loop.stop(); });
  try {
    loop.run_until_complete(f);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "Event loop stopped before Future completed.");
  }
}

}  // namespace
}  // namespace aio::testing
