#include "loop/clock.hpp"

#include <chrono>
#include <thread>

namespace aio {

double monotonic_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

void sleep_seconds(double seconds) {
  if (seconds > 0) std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

double RealClock::now() const { return monotonic_seconds(); }

double FastForwardClock::now() const { return monotonic_seconds() + skipped_; }

void FastForwardClock::advance_to(double when) {
  double current = now();
  if (when > current) skipped_ += when - current;
}

}  // namespace aio
