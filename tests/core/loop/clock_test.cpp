#include "loop/clock.hpp"

#include <gtest/gtest.h>

namespace aio {
namespace {

TEST(FastForwardClock, JumpsOverWaitsAndKeepsRunningInBetween) {
  FastForwardClock clock;
  double start = clock.now();
  clock.advance_to(start + 100);
  double after_jump = clock.now();
  EXPECT_GE(after_jump, start + 100);
  EXPECT_LT(after_jump, start + 101);
  // Real time keeps flowing after a jump: the clock never goes back and never stands still for long.
  double until = monotonic_seconds() + 0.01;
  while (monotonic_seconds() < until) {
  }
  EXPECT_GE(clock.now(), after_jump + 0.01);
}

TEST(FastForwardClock, NeverMovesBackwards) {
  FastForwardClock clock;
  double now = clock.now();
  clock.advance_to(now - 50);
  EXPECT_GE(clock.now(), now);
  EXPECT_TRUE(clock.is_virtual());
}

}  // namespace
}  // namespace aio
