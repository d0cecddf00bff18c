// tests/conformance/tutorial/07b_nested_gather.py
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

// async def main():
aio::Coro<void> main(std::ostream& out) {
  aio::Coro<std::string> coroutine1 = do_some_work(out, 1);
  aio::Coro<std::string> coroutine2 = do_some_work(out, 2);
  aio::Coro<std::string> coroutine3 = do_some_work(out, 4);

  std::vector<aio::Future<std::string>> tasks = {
      aio::create_task(std::move(coroutine1)),  // asyncio.ensure_future(coroutine1)
      aio::create_task(std::move(coroutine2)),
      aio::create_task(std::move(coroutine3)),
  };

  std::vector<std::string> results = co_await aio::gather(tasks);  // await asyncio.gather(*tasks)
  for (const auto& result : results)
    print(out, "Task ret: ", result);
}

}  // namespace

void run_nested_gather(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda: time.time()

  double start = now();

  loop.run_until_complete(main(out));

  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
