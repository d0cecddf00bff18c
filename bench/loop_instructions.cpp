// Fixed-count runs of loop_bench's bodies, for instruction counts that do not depend on load:
//   valgrind --tool=callgrind --toggle-collect='measured_rounds*' build/native/bench/loop_instructions none
//   valgrind --tool=callgrind --toggle-collect='measured_rounds*' build/native/bench/loop_instructions attached
//   valgrind --tool=callgrind --toggle-collect='measured_spawn*'  build/native/bench/loop_instructions spawn
// then divide the collected total by 200,000 switches (none, attached) or 22,000 tasks (spawn).
#include <cstdio>
#include <cstring>
#include <vector>
#include "loop/asyncio.hpp"
struct CountingTracer final : aio::Tracer { uint64_t n = 0; void on_trace(const aio::TraceEvent&) override { ++n; } };
aio::Coro<void> ping_pong(const bool& stop) { while (!stop) co_await aio::sleep(0); }
aio::Coro<void> trivial() { co_return; }
aio::Coro<void> spawner(int n) {
  std::vector<aio::Future<void>> tasks; tasks.reserve(n);
  for (int i = 0; i < n; ++i) tasks.push_back(aio::create_task(trivial()));
  co_await aio::gather(std::move(tasks));
}
__attribute__((noinline)) void measured_rounds(aio::EventLoop& loop, int rounds) {
  for (int r = 0; r < rounds; ++r) { loop.stop(); loop.run_forever(); }
}
__attribute__((noinline)) void measured_spawn(aio::EventLoop& loop, int batches) {
  for (int b = 0; b < batches; ++b) loop.run_until_complete(spawner(1000));
}
int main(int argc, char** argv) {
  const char* mode = argc > 1 ? argv[1] : "none";
  aio::VirtualClock clock; aio::EventLoop loop(clock);
  if (!strcmp(mode, "spawn")) { measured_spawn(loop, 2); measured_spawn(loop, 20); return 0; }
  CountingTracer tracer;
  if (!strcmp(mode, "attached")) loop.set_tracer(&tracer);
  bool stop = false; std::vector<aio::Task<void>> tasks;
  for (int i = 0; i < 1000; ++i) tasks.push_back(aio::create_task(loop, ping_pong(stop)));
  loop.stop(); loop.run_forever();
  measured_rounds(loop, 200);
  stop = true; loop.stop(); loop.run_forever();
  loop.set_tracer(nullptr);
}
