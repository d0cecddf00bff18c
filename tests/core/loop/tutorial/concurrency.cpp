// tests/conformance/tutorial/06_concurrency.py
#include <vector>

#include "tutorial.hpp"

namespace tutorial {
namespace {

// async def do_some_work(x):
aio::Coro<std::string> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);

  co_await aio::sleep(x);
  co_return "Done after " + py_str(x) + "s";  // return 'Done after {}s'.format(x)
}

}  // namespace

void run_concurrency(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda: time.time()

  double start = now();

  aio::Coro<std::string> coroutine1 = do_some_work(out, 1);
  aio::Coro<std::string> coroutine2 = do_some_work(out, 2);
  aio::Coro<std::string> coroutine3 = do_some_work(out, 4);

  // asyncio.ensure_future(coroutineN): no loop is running yet, so it takes the loop explicitly.
  std::vector<aio::Future<std::string>> tasks = {
      aio::create_task(loop, std::move(coroutine1)),
      aio::create_task(loop, std::move(coroutine2)),
      aio::create_task(loop, std::move(coroutine3)),
  };

  loop.run_until_complete(aio::wait(tasks));

  for (const auto& task : tasks)
    print(out, "Task ret: ", task.result());

  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
