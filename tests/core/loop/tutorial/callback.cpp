// tests/conformance/tutorial/03_callback.py
#include "tutorial.hpp"

namespace tutorial {
namespace {

// async def do_some_work(x):
aio::Coro<std::string> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);
  co_return "Done after " + py_str(x) + "s";  // return 'Done after {}s'.format(x)
}

// def callback(future):
void callback(std::ostream& out, aio::FutureBase& future) {
  print(out, "Callback: ", future_view<std::string>(future).result());
}

}  // namespace

void run_callback(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda : time.time()

  double start = now();

  aio::Coro<std::string> coroutine = do_some_work(out, 2);
  aio::Task<std::string> task = aio::create_task(loop, std::move(coroutine));  // asyncio.ensure_future(coroutine)
  task.add_done_callback([&out](aio::FutureBase& future) { callback(out, future); }, "callback");
  loop.run_until_complete(task);

  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
