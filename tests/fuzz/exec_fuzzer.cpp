// exec_fuzzer: the whole engine on arbitrary bytes run as main.py.
//
// The bytes are the program (seeded with the conformance programs, so most inputs compile and
// run). It runs under virtual time with a 4 MB heap cap, a recursion limit of 200 and a budget of
// zero-length host steps (each runs up to the next call or backward jump); past the budget the
// host interrupts it (KeyboardInterrupt) and, if it still does not end, drops it. Besides the
// sanitizers (crashes, leaks, undefined behaviour), run_program traps when the host API's promises
// break (fuzz_support.hpp), and this target traps when an uncaught exception ends the run with a
// status other than CPython's (1, or 130 for KeyboardInterrupt).
//
// The cap is lower than the other targets' because one multiplication of two ints near it runs in
// C++ where no interrupt reaches (CPython's cannot be interrupted either): `pow(3, 20100000)`
// squares 2 MB numbers, which took over 10 s under ASan with a 16 MB cap.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  fuzz::RunLimits limits;
  limits.max_heap_bytes = 4u << 20;
  limits.max_steps = 5000;
  limits.steps_after_interrupt = 1000;
  fuzz::RunOutcome outcome = fuzz::run_program(source, limits);
  if (outcome.finished && !outcome.failure_type.empty() && outcome.status != 1 && outcome.status != 130) {
    fuzz::trap("an uncaught exception with a status other than 1 or 130", source, outcome);
  }
  return 0;
}
