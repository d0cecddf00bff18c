// A loop's async generators (CPython's BaseEventLoop._asyncgens and its asyncgen hooks): the loop
// sees each async generator first iterated while it runs, schedules aclose() in a task for one
// dropped unfinished, and closes those left at shutdown_asyncgens(), which asyncio.run() awaits.
#pragma once

#include <vector>

#include "python/async_generator.hpp"

namespace py {

struct LoopObject;

class LoopAsyncGens final : public AsyncGenHooks {
 public:
  explicit LoopAsyncGens(LoopObject& owner) : owner_(owner) {}
  ~LoopAsyncGens() override;

  void first_iteration(GeneratorObject* agen) override;
  void finalize(Value agen) override;
  void forget(GeneratorObject* agen) override;

  // The generators not yet finished, which the loop no longer follows.
  std::vector<Value> take_unfinished();

 private:
  LoopObject& owner_;
  std::vector<GeneratorObject*> agens_;  // not owned: each forgets itself as it goes
};

// loop.shutdown_asyncgens(): a coroutine that closes the loop's unfinished async generators.
Value shutdown_asyncgens_coroutine(const Value& loop);

// Lets async generators find the running loop's hooks.
void install_async_gen_hooks();

}  // namespace py
