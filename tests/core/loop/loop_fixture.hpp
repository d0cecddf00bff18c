// Shared fixture: a loop on a virtual clock, a log of what happened, and helpers to run coroutines.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loop/asyncio.hpp"

namespace aio::testing {

struct LoopTest : ::testing::Test {
  VirtualClock clock;
  EventLoop loop{clock};
  std::vector<std::string> log;
  std::vector<std::string> reported;  // messages given to the loop's exception handler

  LoopTest() {
    loop.set_exception_handler([this](const ExceptionContext& c) { reported.push_back(c.message); });
  }

  template <class T>
  T run(Coro<T> coro) {
    return loop.run_until_complete(std::move(coro));
  }
  // Runs the loop until nothing is ready and no timer is pending.
  void run_until_idle() {
    loop.begin_run();
    while (loop.step().next != Step::Next::idle) {
    }
    loop.end_run();
  }
};

// The message of a CancelledError held in `e` ("" if none), or "<not cancelled>".
inline std::string cancel_message(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError& c) {
    return c.message().value_or("");
  } catch (...) {
    return "<not cancelled>";
  }
}

inline std::string what(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& x) {
    return x.what();
  } catch (const CancelledError&) {
    return "CancelledError";
  } catch (...) {
    return "?";
  }
}

}  // namespace aio::testing
