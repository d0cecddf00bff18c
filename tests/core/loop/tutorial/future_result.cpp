// tests/conformance/tutorial/04_future_result.py
#include "tutorial.hpp"

namespace tutorial {
namespace {

// async def do_some_work(x):
aio::Coro<std::string> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting " + py_str(x));         // print('Waiting {}'.format(x))
  co_return "Done after " + py_str(x) + "s";  // return 'Done after {}s'.format(x)
}

}  // namespace

void run_future_result(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda : time.time()

  double start = now();

  aio::Coro<std::string> coroutine = do_some_work(out, 2);
  aio::Task<std::string> task = aio::create_task(loop, std::move(coroutine));  // asyncio.ensure_future(coroutine)
  loop.run_until_complete(task);

  print(out, "Task ret: " + task.result());          // print('Task ret: {}'.format(task.result()))
  print(out, "TIME: " + py_str(now() - start));      // print('TIME: {}'.format(now() - start))
}

}  // namespace tutorial
