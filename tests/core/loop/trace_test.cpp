#include "loop/trace.hpp"

#include "loop_fixture.hpp"

namespace aio::testing {
namespace {

struct Recorder final : Tracer {
  std::vector<std::string> events;
  void on_trace(const TraceEvent& e) override {
    static const char* names[] = {"created", "step", "suspended", "done", "cancelled", "failed",
                                  "timer scheduled", "timer fired", "callback"};
    std::string line = names[int(e.kind)];
    if (e.task) line += " " + e.task->name();
    if (e.kind == TraceEvent::Kind::task_step_end) {
      if (auto until = e.task->sleep_deadline())
        line += " sleeping until " + std::to_string(int(*until));
      else
        line += e.awaiting ? " on future" : " bare";
    }
    line += " @" + std::to_string(int(e.time));
    events.push_back(line);
  }
};

TEST_F(LoopTest, TraceSeesTheLifeOfATask) {
  Recorder rec;
  loop.set_tracer(&rec);
  auto work = []() -> Coro<int> {
    co_await sleep(0);
    co_await sleep(2);
    co_return 1;
  };
  Task<int> t = create_task(loop, work(), "worker");
  auto fail = []() -> Coro<void> {
    throw std::runtime_error("x");
    co_return;
  };
  Task<void> f = create_task(loop, fail(), "failing");
  run_until_idle();
  f.exception();
  EXPECT_EQ(rec.events, (std::vector<std::string>{
                            "created worker @0", "created failing @0",                         //
                            "step worker @0", "suspended worker bare @0",                      //
                            "step failing @0", "failed failing @0",                            //
                            "step worker @0", "timer scheduled worker @0", "suspended worker sleeping until 2 @0",  //
                            "timer fired worker @2",                                           //
                            "step worker @2", "done worker @2",                                //
                        }));
  loop.set_tracer(nullptr);
}

TEST_F(LoopTest, TraceSeesCancellation) {
  Recorder rec;
  loop.set_tracer(&rec);
  auto work = []() -> Coro<void> { co_await sleep(5); };
  Task<void> t = create_task(loop, work(), "victim");
  loop.call_soon([&] { loop.call_later(1, [&] { t.cancel(); }); });
  run_until_idle();
  EXPECT_EQ(rec.events.back(), "cancelled victim @1");
  loop.set_tracer(nullptr);
}

}  // namespace
}  // namespace aio::testing
