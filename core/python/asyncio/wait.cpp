// asyncio.wait(): a native coroutine doing what Lib/asyncio/tasks.py's wait() and _wait() do — one
// done-callback per future, a waiter future released when enough are done or at the timeout.
#include <vector>

#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/stdlib_frames.hpp"
#include "python/errors.hpp"
#include "python/generator_object.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

enum class ReturnWhen { first_completed, first_exception, all_completed };

struct WaitCoroutine final : NativeCoroutineObject {
  WaitCoroutine(Value fs, Value timeout, Value return_when)
      : NativeCoroutineObject("wait", "asyncio/tasks.py:428", "asyncio/tasks.py:399"),
        fs_arg(std::move(fs)),
        timeout_arg(std::move(timeout)),
        return_when_arg(std::move(return_when)) {}

  Value resume(const Value&) override {
    if (!waiter) {
      if (!start()) return nullptr;
    }
    if (!as_future(waiter)->core->done()) {
      as_future(waiter)->blocking = true;
      return waiter;
    }
    cleanup();
    Ref<SetObject> done = make_set();
    Ref<SetObject> pending = make_set();
    for (const Value& f : futures) {
      if (!set_add(as_future(f)->core->done() ? done.get() : pending.get(), f)) return nullptr;
    }
    return coroutine_return(this, make_tuple({Value(done), Value(pending)}));
  }

  Value throw_in(Ref<BaseExceptionObject> exc) override {
    cleanup();
    return NativeCoroutineObject::throw_in(std::move(exc));
  }

  // wait()'s checks and _wait()'s set-up.
  bool start() {
    if (is_future(fs_arg) || is_coroutine_object(fs_arg)) {
      raise_format(type_error_type, "expect a list of futures, not %s", fs_arg.type()->name.c_str());
      return false;
    }
    int nonempty = truthy(fs_arg);
    if (nonempty < 0) return false;
    if (!nonempty) {
      raise_value_error("Set of Tasks/Futures is empty.");
      return false;
    }
    std::string when;
    if (!str_string(return_when_arg, when)) return false;
    if (when == "FIRST_COMPLETED") {
      return_when = ReturnWhen::first_completed;
    } else if (when == "FIRST_EXCEPTION") {
      return_when = ReturnWhen::first_exception;
    } else if (when == "ALL_COMPLETED") {
      return_when = ReturnWhen::all_completed;
    } else {
      raise_value_error("Invalid return_when value: " + when);
      return false;
    }
    Value loop = get_running_loop();
    if (!loop) return false;
    Value unique = make_set_from(fs_arg);
    if (!unique) return false;
    std::vector<Value> items;
    if (!collect(unique, items)) return false;
    for (const Value& f : items) {
      if (is_coroutine_object(f)) {
        raise_type_error("Passing coroutines is forbidden, use tasks explicitly.");
        add_stdlib_frames({&stdlib_frame::wait_raise_coroutines_forbidden}, fs_arg);
        return false;
      }
    }
    for (const Value& f : items) {
      Value fut = ensure_future(f, loop);
      if (!fut) return false;
      futures.push_back(std::move(fut));
    }
    waiter = make_future(loop);
    if (timeout_arg && !is_none(timeout_arg)) {
      double timeout = 0;
      if (!to_double(timeout_arg, timeout)) return false;
      Value w = waiter;
      timeout_handle = as_loop(loop)->loop->call_later(timeout, [w] { release_waiter(w); }, "_release_waiter");
    }
    counter = futures.size();
    for (const Value& f : futures) {
      callbacks.push_back(add_native_done_callback(as_future(f), on_completion, Value::borrow(this),
                                                   "_wait.<locals>._on_completion() at asyncio/tasks.py:519"));
    }
    return true;
  }

  static void release_waiter(const Value& waiter) {
    if (!as_future(waiter)->core->done() && !future_set_result(as_future(waiter), none())) clear_error();
  }

  // _wait.<locals>._on_completion
  static void on_completion(const Value& self, FutureObject* f) {
    auto* wait = static_cast<WaitCoroutine*>(self.object());
    wait->counter--;
    bool failed = false;
    if (wait->return_when == ReturnWhen::first_exception && !f->core->cancelled()) {
      failed = static_cast<bool>(f->core->exception());
    }
    if (wait->counter == 0 || wait->return_when == ReturnWhen::first_completed || failed) {
      if (wait->timeout_handle) wait->timeout_handle->cancel();
      release_waiter(wait->waiter);
    }
  }

  // _wait's `finally`: the timeout and the callbacks go.
  void cleanup() {
    if (timeout_handle) timeout_handle->cancel();
    timeout_handle = nullptr;
    for (std::size_t i = 0; i < callbacks.size() && i < futures.size(); i++) {
      as_future(futures[i])->core->remove_done_callback(callbacks[i].get());
    }
    callbacks.clear();
  }

  Value fs_arg;
  Value timeout_arg;
  Value return_when_arg;
  ReturnWhen return_when = ReturnWhen::all_completed;
  std::vector<Value> futures;
  std::vector<aio::Ref<aio::Callback>> callbacks;
  Value waiter;
  aio::Ref<aio::TimerHandle> timeout_handle;
  std::size_t counter = 0;
};

}  // namespace

Value asyncio_wait(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "wait", .names = {"fs", "timeout", "return_when"}, .minpos = 1, .maxpos = 1};
  Value params[3];
  if (!parse_args(args, spec, params)) return nullptr;
  return make<WaitCoroutine>(params[0], params[1] ? params[1] : none(),
                             params[2] ? params[2] : Value(make_str("ALL_COMPLETED")));
}

}  // namespace py
