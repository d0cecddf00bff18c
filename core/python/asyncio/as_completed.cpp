// asyncio.as_completed(): an iterator of awaitables, each giving the next result to complete
// (Lib/asyncio/tasks.py's as_completed, its queue of finished futures and _wait_for_one()).
#include <deque>
#include <vector>

#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/errors.hpp"
#include "python/generator_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

Type* as_completed_type = nullptr;

struct AsCompletedObject : Object {
  AsCompletedObject(Value fs, Value timeout) : Object(as_completed_type), fs(std::move(fs)), timeout(std::move(timeout)) {}
  Value fs;
  Value timeout;
  bool started = false;
  std::size_t to_yield = 0;
  std::vector<Value> todo;                        // futures not yet completed
  std::vector<aio::Ref<aio::Callback>> callbacks;  // parallel to the futures first in todo
  std::vector<Value> all;
  std::deque<Value> done;                          // completed futures; None after the timeout
  std::deque<Value> getters;                       // waiters of _wait_for_one()s
  aio::Ref<aio::TimerHandle> timeout_handle;
};

AsCompletedObject* as_as_completed(const Value& v) { return static_cast<AsCompletedObject*>(v.object()); }

void wake_one_getter(AsCompletedObject* state) {
  while (!state->getters.empty()) {
    Value getter = std::move(state->getters.front());
    state->getters.pop_front();
    if (!as_future(getter)->core->done()) {
      if (!future_set_result(as_future(getter), none())) clear_error();
      return;
    }
  }
}

// as_completed.<locals>._on_completion
void on_completion(const Value& self, FutureObject* f) {
  AsCompletedObject* state = as_as_completed(self);
  if (state->todo.empty()) return;  // the timeout came first
  for (auto it = state->todo.begin(); it != state->todo.end(); ++it) {
    if (it->is(f)) {
      state->todo.erase(it);
      break;
    }
  }
  state->done.push_back(Value::borrow(f));
  wake_one_getter(state);
  if (state->todo.empty() && state->timeout_handle) state->timeout_handle->cancel();
}

// as_completed.<locals>._on_timeout
void on_timeout(const Value& self) {
  AsCompletedObject* state = as_as_completed(self);
  for (std::size_t i = 0; i < state->all.size(); i++) {
    as_future(state->all[i])->core->remove_done_callback(state->callbacks[i].get());
  }
  for (std::size_t i = 0; i < state->todo.size(); i++) {
    state->done.push_back(none());
    wake_one_getter(state);
  }
  state->todo.clear();
}

struct WaitForOne final : NativeCoroutineObject {
  explicit WaitForOne(Value state)
      : NativeCoroutineObject("as_completed.<locals>._wait_for_one", "asyncio/tasks.py:611", "asyncio/tasks.py:610"),
        state(std::move(state)) {}

  Value resume(const Value&) override {
    AsCompletedObject* s = as_as_completed(state);
    if (s->done.empty()) {
      Value getter = make_future(as_future(s->all.front())->loop);
      s->getters.push_back(getter);
      as_future(getter)->blocking = true;
      return getter;
    }
    Value f = std::move(s->done.front());
    s->done.pop_front();
    finished = true;
    if (is_none(f)) return raise_no_args(timeout_error_type);
    Value result = future_result(as_future(f));
    if (!result) return nullptr;
    return coroutine_return(this, std::move(result));
  }

  Value state;
};

bool start(const Value& self) {
  AsCompletedObject* state = as_as_completed(self);
  state->started = true;
  const Value& fs = state->fs;
  if (is_future(fs) || is_coroutine_object(fs)) {
    raise_format(type_error_type, "expect an iterable of futures, not %s", fs.type()->name.c_str());
    return false;
  }
  Value loop = get_event_loop();
  if (!loop) return false;
  Value unique = make_set_from(fs);
  if (!unique) return false;
  std::vector<Value> items;
  if (!collect(unique, items)) return false;
  for (const Value& f : items) {
    Value fut = ensure_future(f, loop);
    if (!fut) return false;
    state->all.push_back(std::move(fut));
  }
  state->todo = state->all;
  for (const Value& f : state->all) {
    state->callbacks.push_back(add_native_done_callback(as_future(f), on_completion, self,
                                                        "as_completed.<locals>._on_completion() at asyncio/tasks.py:602"));
  }
  if (!state->todo.empty() && state->timeout && !is_none(state->timeout)) {
    double timeout = 0;
    if (!to_double(state->timeout, timeout)) return false;
    Value s = self;
    state->timeout_handle = as_loop(loop)->loop->call_later(timeout, [s] { on_timeout(s); }, "_on_timeout");
  }
  state->to_yield = state->todo.size();
  return true;
}

Value as_completed_next(const Value& self) {
  AsCompletedObject* state = as_as_completed(self);
  if (!state->started && !start(self)) return nullptr;
  if (state->to_yield == 0) return nullptr;
  state->to_yield--;
  return make<WaitForOne>(self);
}

Value as_completed_repr(const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.object()));
  return make_str(std::string("<generator object as_completed at ") + address + ">");
}

}  // namespace

Value asyncio_as_completed(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "as_completed", .names = {"fs", "timeout"}, .minpos = 1, .maxpos = 1};
  Value params[2];
  if (!parse_args(args, spec, params)) return nullptr;
  return make<AsCompletedObject>(params[0], params[1] ? params[1] : none());
}

void init_as_completed_type() {
  as_completed_type = new_iterator_type("generator", "builtins", as_completed_next, nullptr);
  as_completed_type->repr = as_completed_repr;
}

}  // namespace py
