// asyncio.as_completed(): the futures' results in the order they complete. size() awaitables, each
// `co_await next()`; with a timeout, the awaitables left raise TimeoutError when it expires.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "loop/coro.hpp"
#include "loop/future.hpp"
#include "loop/outcome.hpp"
#include "loop/queue.hpp"
#include "loop/task.hpp"

namespace aio {

template <class T>
class AsCompleted {
 public:
  AsCompleted(std::vector<Future<T>> fs, std::optional<double> timeout) : state_(std::make_shared<State>()) {
    count_ = fs.size();
    state_->todo = std::move(fs);
    std::weak_ptr<State> weak = state_;
    state_->on_completion = make_callback(
        [weak](FutureBase& f) {
          auto s = weak.lock();
          if (!s || s->todo.empty()) return;  // nobody waits any more, or the timeout came first
          auto it = std::find_if(s->todo.begin(), s->todo.end(), [&](auto& t) { return t.base() == &f; });
          Future<T> done = *it;
          s->todo.erase(it);
          s->done.put_nowait(done);
          if (s->todo.empty() && s->timeout_handle) s->timeout_handle->cancel();
        },
        "as_completed._on_completion");
    for (auto& f : state_->todo) f.add_done_callback(state_->on_completion);
    if (!state_->todo.empty() && timeout) {
      EventLoop& loop = state_->todo.front().loop();
      state_->timeout_handle = loop.call_later(
          *timeout,
          [weak] {
            auto s = weak.lock();
            if (!s) return;
            for (auto& f : s->todo) {
              f.remove_done_callback(s->on_completion.get());
              s->done.put_nowait(std::nullopt);
            }
            s->todo.clear();
          },
          "as_completed._on_timeout");
    }
  }

  size_t size() const noexcept { return count_; }

  // The next result to complete (asyncio's _wait_for_one); rethrows that future's exception.
  Coro<ValueOf<T>> next() {
    std::shared_ptr<State> s = state_;
    std::optional<Future<T>> f = co_await s->done.get();
    if (!f) throw TimeoutError();
    if constexpr (std::is_void_v<T>) {
      f->result();
      co_return std::monostate{};
    } else {
      co_return f->result();
    }
  }

 private:
  struct State {
    Queue<std::optional<Future<T>>> done;
    std::vector<Future<T>> todo;
    Ref<TimerHandle> timeout_handle;
    Ref<Callback> on_completion;
  };
  std::shared_ptr<State> state_;
  size_t count_ = 0;
};

template <class T>
AsCompleted<T> as_completed(std::vector<Future<T>> fs, std::optional<double> timeout = std::nullopt) {
  return AsCompleted<T>(std::move(fs), timeout);
}

}  // namespace aio
