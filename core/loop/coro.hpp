// Coro<T>: the return type of a coroutine function, like a Python coroutine object.
//
// Lazy: calling the function creates the frame and runs nothing. `co_await coro` runs it inline in
// the awaiting task (asyncio's `await coro()`); `create_task(coro)` schedules it as a Task.
//
// Resumption never uses symmetric transfer (await_suspend returning a handle): clang 14 for wasm32
// turns it into tail calls it cannot emit. A child runs inline from its parent's await_suspend; when
// it finishes after having suspended, its final awaiter resumes the parent from a noinline call
// (TOOLCHAIN.md section 1). The C++ stack then holds one frame per level of nesting, not one per await.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "loop/coroutine_std.hpp"

namespace aio {

namespace detail {

[[gnu::noinline]] void resume_out_of_line(coro::coroutine_handle<> h);

struct CoroPromiseBase {
  coro::coroutine_handle<> continuation;
  bool caller_suspended = false;
  bool completed = false;
  std::exception_ptr error;

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(coro::coroutine_handle<P> h) noexcept {
      auto& p = h.promise();
      p.completed = true;
      if (p.caller_suspended) resume_out_of_line(p.continuation);
    }
    void await_resume() const noexcept {}
  };

  coro::suspend_always initial_suspend() const noexcept { return {}; }
  FinalAwaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept { error = std::current_exception(); }
};

template <class T>
struct CoroPromise : CoroPromiseBase {
  std::optional<T> value;
  template <class U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
  T take() { return std::move(*value); }
};

template <>
struct CoroPromise<void> : CoroPromiseBase {
  void return_void() noexcept {}
  void take() {}
};

// Runs the child until it finishes or first suspends; true if the caller must suspend.
template <class P>
bool start_child(coro::coroutine_handle<P> child, coro::coroutine_handle<> caller) {
  auto& p = child.promise();
  p.continuation = caller;
  child.resume();
  if (p.completed) return false;
  p.caller_suspended = true;
  return true;
}

}  // namespace detail

template <class T = void>
class [[nodiscard]] Coro {
 public:
  struct promise_type : detail::CoroPromise<T> {
    Coro get_return_object() { return Coro(Handle::from_promise(*this)); }
  };
  using Handle = coro::coroutine_handle<promise_type>;

  Coro() = default;
  Coro(Coro&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Coro& operator=(Coro&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, nullptr);
    }
    return *this;
  }
  ~Coro() { reset(); }

  explicit operator bool() const noexcept { return bool(h_); }
  Handle handle() const noexcept { return h_; }
  // Gives up ownership of the frame (a Task takes it).
  Handle release() noexcept { return std::exchange(h_, nullptr); }

  auto operator co_await() && noexcept {
    struct Awaiter {
      Handle h;
      bool await_ready() const noexcept { return false; }
      bool await_suspend(coro::coroutine_handle<> caller) { return detail::start_child(h, caller); }
      T await_resume() {
        auto& p = h.promise();
        if (p.error) std::rethrow_exception(p.error);
        return p.take();
      }
    };
    return Awaiter{h_};
  }

 private:
  explicit Coro(Handle h) : h_(h) {}
  void reset() noexcept {
    if (h_) h_.destroy();
    h_ = nullptr;
  }
  Handle h_;
};

}  // namespace aio
