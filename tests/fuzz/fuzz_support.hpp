// What the fuzz targets share: reading choices from the fuzzer's bytes, and running one program
// through the host API (python/interpreter.hpp) under a heap cap and a step budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fuzz {

// The fuzzer's bytes as a stream of choices. Past the end every choice is 0 (the first option),
// so any input, even an empty one, makes a complete program.
class Choices {
 public:
  Choices(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool exhausted() const { return pos_ >= size_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  // A number in [0, n), n >= 1.
  unsigned below(unsigned n) { return n <= 256 ? byte() % n : (byte() | byte() << 8) % n; }
  bool flag() { return byte() & 1; }
  // True with probability about num/256.
  bool chance(unsigned num) { return byte() < num; }
  template <class T, std::size_t N>
  const T& pick(const T (&options)[N]) {
    return options[below(N)];
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

struct RunLimits {
  std::size_t max_heap_bytes = 16u << 20;
  int recursion_limit = 200;
  // Host steps of zero length: each runs the program up to its next call or backward jump (the
  // VM's periodic check), or one step of what it waits for. A deterministic instruction budget.
  int max_steps = 20000;
  // After max_steps the host interrupts (Ctrl+C: KeyboardInterrupt) and allows this many more.
  int steps_after_interrupt = 2000;
  // A wall-clock guard on top of the steps: past it the host interrupts the program from a
  // watchdog thread, even inside one long step (a loop driven from C++, such as list() of an
  // endless iterator).
  double max_seconds = 4;
  std::size_t max_output_bytes = 64u << 10;
};

struct RunOutcome {
  bool finished = false;     // the run ended by itself (or by the interrupt) within the budget
  bool interrupted = false;  // the host had to interrupt it (step budget or watchdog)
  int status = -1;
  std::string out;
  std::string err;
  std::string failure_type;  // the uncaught exception's type, if any
};

// Runs `source` as main.py with virtual time. Traps (abort) when the engine breaks the host API's
// promises: output or a state other than `finished` after the run finished, a finished run
// without an exit status, or a failure without a type.
RunOutcome run_program(std::string_view source, const RunLimits& limits);

// Prints what went wrong with the program and its output, then aborts (a crash for libFuzzer).
[[noreturn]] void trap(std::string_view what, std::string_view source, const RunOutcome& outcome);

// FUZZ_VERBOSE=1 in the environment: the targets print each generated program and its outcome.
// FUZZ_DUMP=FILE: run_program writes each program to FILE (the last one stays), to replay a
// generated program with python3 or build/native/aioplay; FUZZ_DUMP=DIR/ writes them all, as
// DIR/0.py, DIR/1.py, ...
bool verbose();

}  // namespace fuzz
