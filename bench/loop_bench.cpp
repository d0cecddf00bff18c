// Benchmarks of core/loop, all on a VirtualClock loop (bench/README.md has the command and numbers).
//
//   BM_AwaitSwitch/*     1,000 tasks ping-ponging `co_await aio::sleep(0)`: ns per switch (one task
//                        resumed and suspended again). /no_tracer, /tracer_attached (a tracer that
//                        only counts events) and /tracer_detached (attached, then set to nullptr).
//   BM_TaskSpawn         create_task() of a trivial coroutine + gather(): tasks created and
//                        completed per second.
//   BM_MillionSleepers   1,000,000 tasks each `co_await aio::sleep(random-ish delay in [0, 10) s)`:
//                        time to create them, run them all to completion, and tear down; peak RSS.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "loop/asyncio.hpp"

namespace {

using benchmark::Counter;

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// A field of /proc/self/status in kB (VmRSS, VmHWM), or -1.
long proc_status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  std::string key = std::string(field) + ":";
  while (std::getline(in, line))
    if (line.compare(0, key.size(), key) == 0) return std::stol(line.substr(key.size()));
  return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so that a peak can be measured per run.
bool reset_peak_rss() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return bool(out);
}

// ---------------------------------------------------------------------------------------------
// (1) + (4): await switches, with and without a tracer

enum class TraceMode { none, attached, detached };

struct CountingTracer final : aio::Tracer {
  uint64_t events = 0;
  void on_trace(const aio::TraceEvent&) override { ++events; }
};

aio::Coro<void> ping_pong(const bool& stop) {
  while (!stop) co_await aio::sleep(0);
}

void BM_AwaitSwitch(benchmark::State& state, TraceMode mode) {
  constexpr int kTasks = 1000;
  aio::VirtualClock clock;
  aio::EventLoop loop(clock);
  CountingTracer tracer;
  if (mode != TraceMode::none) loop.set_tracer(&tracer);
  if (mode == TraceMode::detached) loop.set_tracer(nullptr);

  bool stop = false;
  std::vector<aio::Task<void>> tasks;
  tasks.reserve(kTasks);
  for (int i = 0; i < kTasks; ++i) tasks.push_back(aio::create_task(loop, ping_pong(stop)));
  loop.stop();
  loop.run_forever();  // every task starts and yields once

  for (auto _ : state) {
    // stop() takes effect at the end of the iteration: exactly one round, every task resumes from
    // sleep(0) and yields again.
    loop.stop();
    loop.run_forever();
  }

  stop = true;
  loop.stop();
  loop.run_forever();  // every task sees `stop` and returns
  for (auto& t : tasks)
    if (!t.done()) state.SkipWithError("a task did not finish");
  loop.set_tracer(nullptr);

  state.counters["ns_per_switch"] = Counter(kTasks, Counter::kIsIterationInvariantRate | Counter::kInvert);
  state.counters["switches_per_s"] = Counter(kTasks, Counter::kIsIterationInvariantRate);
  if (mode == TraceMode::attached) state.counters["events_per_switch"] = double(tracer.events) / (double(state.iterations() + 2) * kTasks);
}
BENCHMARK_CAPTURE(BM_AwaitSwitch, no_tracer, TraceMode::none);
BENCHMARK_CAPTURE(BM_AwaitSwitch, tracer_attached, TraceMode::attached);
BENCHMARK_CAPTURE(BM_AwaitSwitch, tracer_detached, TraceMode::detached);

// ---------------------------------------------------------------------------------------------
// (2) tasks created and completed per second

aio::Coro<void> trivial() { co_return; }

aio::Coro<void> spawner(int n) {
  std::vector<aio::Future<void>> tasks;
  tasks.reserve(size_t(n));
  for (int i = 0; i < n; ++i) tasks.push_back(aio::create_task(trivial()));
  co_await aio::gather(std::move(tasks));
}

void BM_TaskSpawn(benchmark::State& state) {
  const int batch = int(state.range(0));
  aio::VirtualClock clock;
  aio::EventLoop loop(clock);
  for (auto _ : state) loop.run_until_complete(spawner(batch));
  state.counters["tasks_per_s"] = Counter(batch, Counter::kIsIterationInvariantRate);
  state.counters["ns_per_task"] = Counter(batch, Counter::kIsIterationInvariantRate | Counter::kInvert);
}
BENCHMARK(BM_TaskSpawn)->Arg(1000);

// ---------------------------------------------------------------------------------------------
// (3) a million concurrently sleeping tasks

aio::Coro<void> sleeper(double delay, uint64_t& finished) {
  co_await aio::sleep(delay);
  ++finished;
}

void BM_MillionSleepers(benchmark::State& state) {
  const uint64_t n = uint64_t(state.range(0));
  double create_s = 0, run_s = 0, teardown_s = 0;
  long peak_kb = 0, base_kb = 0;
  bool peak_is_per_run = true;
  for (auto _ : state) {
    peak_is_per_run = reset_peak_rss();
    base_kb = proc_status_kb("VmRSS");
    auto t0 = std::chrono::steady_clock::now();
    {
      aio::VirtualClock clock;
      aio::EventLoop loop(clock);
      uint64_t finished = 0;
      uint64_t x = 0x243F6A8885A308D3ull;  // xorshift64: the same delays every run
      for (uint64_t i = 0; i < n; ++i) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double delay = double(x % 10000) / 1000.0;  // [0, 10) s in 1 ms steps
        aio::create_task(loop, sleeper(delay, finished));
      }
      create_s += seconds_since(t0);

      auto t1 = std::chrono::steady_clock::now();
      loop.begin_run();
      while (loop.step().next != aio::Step::Next::idle) {
      }
      loop.end_run();
      run_s += seconds_since(t1);
      if (finished != n) state.SkipWithError("not every task finished");
      if (loop.time() >= 10.0) state.SkipWithError("the virtual clock went past the last delay");
      peak_kb = std::max(peak_kb, proc_status_kb("VmHWM"));
      t0 = std::chrono::steady_clock::now();
    }
    teardown_s += seconds_since(t0);
    // Hand the freed heap back to the kernel, so that every repetition starts cold (glibc keeps it
    // otherwise, and the next run would neither fault its pages in nor raise the peak).
    state.PauseTiming();
    malloc_trim(0);
    state.ResumeTiming();
  }
  const double iters = double(state.iterations());
  state.counters["create_ms"] = create_s * 1e3 / iters;
  state.counters["run_ms"] = run_s * 1e3 / iters;
  state.counters["teardown_ms"] = teardown_s * 1e3 / iters;
  state.counters["peak_rss_MB"] = double(peak_kb) / 1024.0;
  state.counters["bytes_per_task"] = double(peak_kb - base_kb) * 1024.0 / double(n);
  if (!peak_is_per_run) state.SetLabel("VmHWM not resettable: peak is process-wide");
}
BENCHMARK(BM_MillionSleepers)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
