// The loop's notion of time, chosen per loop.
#pragma once

namespace aio {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds on a monotonic scale; only differences are meaningful.
  virtual double now() const = 0;
  // A virtual clock can be moved forward by the loop when nothing is ready (time "jumps" to the next
  // timer, as the Go playground fakes time); a real clock only moves by itself.
  virtual bool is_virtual() const = 0;
  virtual void advance_to(double when) = 0;
  // The granularity of a wait for the next timer: real waits are rounded up to a multiple of it,
  // as CPython's epoll selector rounds select() timeouts up to whole milliseconds (and a browser's
  // setTimeout counts milliseconds too), and a virtual jump goes one granule past the timer.
  // Timers due within it fire in the same loop iteration, as in CPython. 0: exact (a test's pure
  // virtual clock).
  virtual double wait_granularity() const { return 1e-3; }
  // Takes `seconds` of the host's own one-off work (compiling a module the first time a process
  // needs it) off a clock that counts computing, so that it does not move the program's timers.
  // Only for work during which nobody reads the clock.
  virtual void discount_host_work(double) {}
};

class RealClock final : public Clock {
 public:
  double now() const override;
  bool is_virtual() const override { return false; }
  void advance_to(double) override {}
};

class VirtualClock final : public Clock {
 public:
  explicit VirtualClock(double start = 0.0) : now_(start) {}
  double now() const override { return now_; }
  bool is_virtual() const override { return true; }
  double wait_granularity() const override { return 0.0; }
  void advance_to(double when) override {
    if (when > now_) now_ = when;
  }

 private:
  double now_;
};

// "Fast-forward" time: runs as real time while the program computes, and jumps over waits. A
// busy loop takes as long as it takes (a Ctrl+C at 0.3 s still lands in it); a sleep costs nothing.
class FastForwardClock final : public Clock {
 public:
  double now() const override;
  bool is_virtual() const override { return true; }
  void advance_to(double when) override;
  void discount_host_work(double seconds) override { skipped_ -= seconds; }

 private:
  double skipped_ = 0;  // seconds jumped over so far (less the host's discounted work)
};

// Host time in seconds, used for time slices and real sleeps whatever the loop's clock is.
double monotonic_seconds();
void sleep_seconds(double seconds);

}  // namespace aio
