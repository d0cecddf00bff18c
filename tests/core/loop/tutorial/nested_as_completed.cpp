// tests/conformance/tutorial/07d_nested_as_completed.py
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
  // for task in asyncio.as_completed(tasks):
  auto completed = aio::as_completed(tasks);
  for (size_t i = 0; i < completed.size(); ++i) {
    std::string result = co_await completed.next();  // result = await task
    print(out, "Task ret: " + result);                 // print('Task ret: {}'.format(result))
  }
}

}  // namespace

void run_nested_as_completed(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda: time.time()

  double start = now();

  loop.run_until_complete(main(out));  // done = loop.run_until_complete(main())  (None)
  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
