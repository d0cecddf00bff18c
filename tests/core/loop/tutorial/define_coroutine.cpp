// tests/conformance/tutorial/01_define_coroutine.py
#include "tutorial.hpp"

namespace tutorial {
namespace {

// async def do_some_work(x):
aio::Coro<void> do_some_work(std::ostream& out, int x) {
  print(out, "Waiting: ", x);
  co_return;
}

}  // namespace

void run_define_coroutine(aio::EventLoop& loop, std::ostream& out) {
  auto now = [&] { return loop.time(); };  // now = lambda : time.time()

  double start = now();

  aio::Coro<void> coroutine = do_some_work(out, 2);

  loop.run_until_complete(std::move(coroutine));

  print(out, "TIME: ", now() - start);
}

}  // namespace tutorial
