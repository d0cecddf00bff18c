#include "python/asyncio/loop_asyncgens.hpp"

#include <algorithm>
#include <string>

#include "loop/task.hpp"
#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/errors.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

// BaseEventLoop.shutdown_asyncgens(): gathers the generators' aclose() (return_exceptions=True)
// and reports the errors through the loop's exception handler.
struct ShutdownAsyncGens final : NativeCoroutineObject {
  explicit ShutdownAsyncGens(Value loop)
      : NativeCoroutineObject("BaseEventLoop.shutdown_asyncgens", "asyncio/base_events.py:539",
                              "asyncio/base_events.py:539"),
        loop(std::move(loop)) {}

  Value resume(const Value&) override {
    if (!gathered) {
      agens = as_loop(loop)->asyncgens->take_unfinished();
      if (agens.empty()) return coroutine_return(this, none());
      std::vector<Value> closing;
      for (const Value& agen : agens) closing.push_back(async_gen_aclose(agen));
      gathered = gather_returning_exceptions(closing);
      if (!gathered) return nullptr;
    }
    if (!as_future(gathered)->core->done()) {
      as_future(gathered)->blocking = true;
      return gathered;
    }
    Value results = future_result(as_future(gathered));
    if (!results) return nullptr;
    const auto& items = as_list(results)->items;
    for (std::size_t i = 0; i < items.size() && i < agens.size(); ++i) {
      if (!is_exception_instance(items[i]) || !items[i].type()->is_subtype_of(exception_type)) continue;
      std::string text;
      if (!repr_string(agens[i], text)) clear_error();
      report_loop_error("an error occurred during closing of asynchronous generator " + text, "asyncgen", text,
                        as_exception(items[i]));
    }
    return coroutine_return(this, none());
  }

  Value loop;
  Value gathered;
  std::vector<Value> agens;
};

AsyncGenHooks* running_loop_hooks() {
  aio::EventLoop* running = aio::running_loop();
  if (running == nullptr) return nullptr;
  LoopObject* lo = loop_object_of(*running);
  return lo != nullptr ? lo->asyncgens.get() : nullptr;
}

}  // namespace

LoopAsyncGens::~LoopAsyncGens() {
  for (GeneratorObject* agen : agens_) agen->hooks = nullptr;
}

void LoopAsyncGens::first_iteration(GeneratorObject* agen) { agens_.push_back(agen); }

void LoopAsyncGens::forget(GeneratorObject* agen) { std::erase(agens_, agen); }

// CPython's _asyncgen_finalizer_hook: self.call_soon_threadsafe(self.create_task, agen.aclose()).
// Called from a destructor, perhaps while an exception propagates: it is put aside.
void LoopAsyncGens::finalize(Value agen) {
  if (owner_.loop->is_closed()) return;
  Ref<BaseExceptionObject> pending = fetch_error();
  Value loop = Value::borrow(&owner_);
  Value create_task = getattr(loop, "create_task");
  Value aclose = create_task ? async_gen_aclose(agen) : Value();
  Value call_soon = aclose ? getattr(loop, "call_soon") : Value();
  if (!call_soon || !call(call_soon, {create_task, aclose})) clear_error();
  if (pending) restore_error(std::move(pending));
}

std::vector<Value> LoopAsyncGens::take_unfinished() {
  std::vector<Value> unfinished;
  for (GeneratorObject* agen : agens_) {
    agen->hooks = nullptr;
    if (!agen->finished()) unfinished.push_back(Value::borrow(agen));
  }
  agens_.clear();
  return unfinished;
}

Value shutdown_asyncgens_coroutine(const Value& loop) { return make<ShutdownAsyncGens>(loop); }

void install_async_gen_hooks() { set_async_gen_hooks_provider(running_loop_hooks); }

}  // namespace py
