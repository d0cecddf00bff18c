// tests/conformance/tutorial/08_stop_all_tasks.py (run with a Ctrl+C at t = 1.3 s)
//
// asyncio.Task.all_tasks() is loop.all_tasks(): the unfinished tasks, here in creation order (a set
// in Python, compared as a multiset).
#include <vector>

#include "tutorial.hpp"

namespace tutorial {
namespace {

const CoroLabel kDoSomeWork{"do_some_work", 7, 10};       // async def (line 7), await asyncio.sleep(x) (line 10)
const CoroLabel kWait{"wait", 399, 428, "asyncio/tasks.py"};  // asyncio.wait() in CPython 3.11.7

// async def do_some_work(x):
aio::Coro<std::string> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);

  co_await aio::sleep(x);
  co_return "Done after " + py_str(x) + "s";  // return 'Done after {}s'.format(x)
}

}  // namespace

void run_stop_all_tasks(aio::EventLoop& loop, std::ostream& out) {
  TaskLabels labels;
  auto now = [&] { return loop.time(); };  // now = lambda: time.time()

  aio::Coro<std::string> coroutine1 = do_some_work(out, 1);
  aio::Coro<std::string> coroutine2 = do_some_work(out, 2);
  aio::Coro<std::string> coroutine3 = do_some_work(out, 2);

  // asyncio.ensure_future(coroutineN): no loop is running yet, so it takes the loop explicitly.
  std::vector<aio::Future<std::string>> tasks = {
      labels.add(aio::create_task(loop, std::move(coroutine1)), kDoSomeWork),
      labels.add(aio::create_task(loop, std::move(coroutine2)), kDoSomeWork),
      labels.add(aio::create_task(loop, std::move(coroutine3)), kDoSomeWork),
  };

  double start = now();

  {
    Finally guard{[&] { loop.close(); }};  // finally: loop.close()
    try {
      // loop.run_until_complete(asyncio.wait(tasks)): run_until_complete wraps the coroutine in a
      // task (Task-4), created here so that its repr can be labelled.
      auto waiting = labels.add(aio::create_task(loop, aio::wait(tasks)), kWait);
      loop.run_until_complete(waiting);
    } catch (const aio::KeyboardInterrupt&) {  // except KeyboardInterrupt as e:
      print(out, labels.set_repr(loop.all_tasks()));
      for (const auto& task : loop.all_tasks())
        print(out, task->cancel());
      loop.stop();
      loop.run_forever();
    }
  }

  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
