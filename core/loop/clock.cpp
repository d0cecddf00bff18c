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

}  // namespace aio
