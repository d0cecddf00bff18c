// tests/conformance/tutorial/02_create_task.py
#include "tutorial.hpp"

namespace tutorial {
namespace {

const CoroLabel kDoSomeWork{"do_some_work", 6};  // async def do_some_work(x):  (line 6, no await)

aio::Coro<void> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);
  co_return;
}

}  // namespace

void run_create_task(aio::EventLoop& loop, std::ostream& out) {
  TaskLabels labels;
  auto now = [&] { return loop.time(); };  // now = lambda : time.time()

  double start = now();

  aio::Coro<void> coroutine = do_some_work(out, 2);
  // task = asyncio.ensure_future(coroutine)
  aio::Task<void> task = labels.add(aio::create_task(loop, std::move(coroutine)), kDoSomeWork);  // loop.create_task
  print(out, labels.repr(task));
  loop.run_until_complete(task);
  print(out, labels.repr(task));
  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
