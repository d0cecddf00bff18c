// tests/conformance/tutorial/08b_stop_gather.py (run with a Ctrl+C at t = 1.3 s)
//
// asyncio.Task.all_tasks() is loop.all_tasks(): the unfinished tasks, here in creation order (a set
// in Python, compared as a multiset). Python's gather() takes tasks of any result type; aio::gather()
// takes futures of one type, so the tasks are gathered through untyped Future<void> views.
#include <vector>

#include "tutorial.hpp"

namespace tutorial {
namespace {

const CoroLabel kDoSomeWork{"do_some_work", 7, 10};  // async def (line 7), await asyncio.sleep(x) (line 10)
const CoroLabel kMain{"main", 13, 24};               // async def main() (line 13), return await ... (line 24)

// async def do_some_work(x):
aio::Coro<std::string> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);

  co_await aio::sleep(x);
  co_return "Done after " + py_str(x) + "s";  // return 'Done after {}s'.format(x)
}

// async def main():
aio::Coro<std::vector<std::string>> main(std::ostream& out, TaskLabels& labels) {
  aio::Coro<std::string> coroutine1 = do_some_work(out, 1);
  aio::Coro<std::string> coroutine2 = do_some_work(out, 2);
  aio::Coro<std::string> coroutine3 = do_some_work(out, 4);

  std::vector<aio::Future<std::string>> tasks = {
      labels.add(aio::create_task(std::move(coroutine1)), kDoSomeWork),  // asyncio.ensure_future(coroutine1)
      labels.add(aio::create_task(std::move(coroutine2)), kDoSomeWork),
      labels.add(aio::create_task(std::move(coroutine3)), kDoSomeWork),
  };

  co_return co_await aio::gather(tasks);  // return await asyncio.gather(*tasks)
}

}  // namespace

void run_stop_gather(aio::EventLoop& loop, std::ostream& out) {
  TaskLabels labels;
  auto now = [&] { return loop.time(); };  // now = lambda: time.time()

  double start = now();

  auto task = labels.add(aio::create_task(loop, main(out, labels)), kMain);  // asyncio.ensure_future(main())
  {
    Finally guard{[&] { loop.close(); }};  // finally: loop.close()
    try {
      loop.run_until_complete(task);
    } catch (const aio::KeyboardInterrupt&) {  // except KeyboardInterrupt as e:
      print(out, labels.set_repr(loop.all_tasks()));
      // print(asyncio.gather(*asyncio.Task.all_tasks()).cancel())
      std::vector<aio::Future<void>> all_tasks;
      for (const auto& t : loop.all_tasks()) all_tasks.push_back(future_view<void>(*t));
      print(out, aio::gather(all_tasks).cancel());
      loop.stop();
      loop.run_forever();
    }
  }
  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
