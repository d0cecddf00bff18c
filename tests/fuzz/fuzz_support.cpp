#include "fuzz_support.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "python/interpreter.hpp"

namespace fuzz {

bool verbose() {
  static const bool on = [] {
    const char* v = std::getenv("FUZZ_VERBOSE");
    return v != nullptr && *v != '\0' && *v != '0';
  }();
  return on;
}

void trap(std::string_view what, std::string_view source, const RunOutcome& outcome) {
  std::fprintf(stderr, "\n==== fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::fprintf(stderr, "---- program:\n%.*s\n", static_cast<int>(source.size()), source.data());
  std::fprintf(stderr, "---- finished=%d interrupted=%d status=%d failure=%s\n", outcome.finished, outcome.interrupted,
               outcome.status, outcome.failure_type.c_str());
  std::fprintf(stderr, "---- stdout (tail):\n%s\n", outcome.out.substr(outcome.out.size() > 4000 ? outcome.out.size() - 4000 : 0).c_str());
  std::fprintf(stderr, "---- stderr (tail):\n%s\n", outcome.err.substr(outcome.err.size() > 4000 ? outcome.err.size() - 4000 : 0).c_str());
  std::abort();
}

RunOutcome run_program(std::string_view source, const RunLimits& limits) {
  if (const char* dump = std::getenv("FUZZ_DUMP")) {
    // A directory (ending in '/'): every program, numbered; else the file holds the last one.
    static int count = 0;
    std::string path = dump;
    if (path.ends_with("/")) path += std::to_string(count++) + ".py";
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
      std::fwrite(source.data(), 1, source.size(), f);
      std::fclose(f);
    }
  }
  RunOutcome outcome;
  bool finished_seen = false;  // set once the host saw the run finish: nothing may print after it
  bool printed_after_finish = false;

  py::InterpreterOptions options;
  options.virtual_time = true;
  options.recursion_limit = limits.recursion_limit;
  options.max_heap_bytes = limits.max_heap_bytes;
  options.max_output_bytes = limits.max_output_bytes;
  py::InterpreterSinks sinks;
  // The engine caps stdout itself (max_output_bytes); stderr (tracebacks, warnings) is capped here.
  sinks.out = [&](std::string_view text) {
    if (finished_seen) printed_after_finish = true;
    if (outcome.out.size() < 2 * limits.max_output_bytes) outcome.out.append(text);
  };
  sinks.err = [&](std::string_view text) {
    if (finished_seen) printed_after_finish = true;
    if (outcome.err.size() < 2 * limits.max_output_bytes) outcome.err.append(text);
  };
  sinks.read_line = [](std::string&) { return false; };  // input() is EOFError

  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                    std::chrono::duration<double>(limits.max_seconds));
  {
    py::Interpreter interpreter(options, sinks);
    // The watchdog: a loop driven from C++ (list() of an endless iterator, a sort key) runs inside
    // one step, where the step budget cannot stop it. Past the deadline a Ctrl+C lands at the
    // program's next instruction boundary, nested loops included; again every 0.5 s if caught.
    std::mutex mutex;
    std::condition_variable wake;
    bool run_over = false;
    std::atomic<bool> watchdog_fired{false};
    std::thread watchdog([&] {
      std::unique_lock lock(mutex);
      if (wake.wait_until(lock, deadline, [&] { return run_over; })) return;
      do {
        watchdog_fired = true;
        interpreter.interrupt();
      } while (!wake.wait_for(lock, std::chrono::milliseconds(500), [&] { return run_over; }));
    });
    interpreter.start(source);
    int steps = 0;
    while (!interpreter.finished() && steps < limits.max_steps && std::chrono::steady_clock::now() < deadline) {
      interpreter.step(0);
      ++steps;
    }
    if (!interpreter.finished()) {
      outcome.interrupted = true;
      interpreter.interrupt();
      for (int i = 0; i < limits.steps_after_interrupt && !interpreter.finished(); ++i) interpreter.step(0);
    }
    {
      std::lock_guard lock(mutex);
      run_over = true;
    }
    wake.notify_one();
    watchdog.join();
    if (watchdog_fired) outcome.interrupted = true;
    outcome.finished = interpreter.finished();
    if (outcome.finished) {
      finished_seen = true;
      outcome.status = interpreter.exit_status();
      if (const py::Interpreter::Failure* failure = interpreter.failure()) {
        outcome.failure_type = failure->type;
        if (failure->type.empty()) trap("a failure without an exception type", source, outcome);
      }
      if (outcome.status < 0 || outcome.status > 255) trap("exit status out of range", source, outcome);
      // A finished run stays finished and silent, however often the host steps it.
      for (int i = 0; i < 3; ++i) {
        if (interpreter.step(0).state != py::RunState::finished) trap("step() after the end is not `finished`", source, outcome);
      }
      if (printed_after_finish) trap("output after the run finished", source, outcome);
    }
    // A run cut short is simply dropped: destroying the interpreter frees everything it made.
  }
  if (printed_after_finish) trap("output while the interpreter was destroyed after the end", source, outcome);
  if (verbose()) {
    std::fprintf(stderr, "---- program:\n%.*s---- finished=%d interrupted=%d status=%d failure=%s\n%s%s\n",
                 static_cast<int>(source.size()), source.data(), outcome.finished, outcome.interrupted, outcome.status,
                 outcome.failure_type.c_str(), outcome.out.c_str(), outcome.err.c_str());
  }
  return outcome;
}

}  // namespace fuzz
