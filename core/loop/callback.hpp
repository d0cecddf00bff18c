// What the loop runs: handles from call_soon/call_later, future done-callbacks, task steps.
#pragma once

#include <string>
#include <utility>

#include "loop/ref.hpp"

namespace aio {

class FutureBase;

// A unit of work the loop can schedule. `fut` is the future whose completion scheduled it (for
// done-callbacks and task wake-ups), or null. Virtual inheritance lets a Task be both a future and a
// callback with a single reference count.
class Callback : public virtual RefCounted {
 public:
  virtual void invoke(FutureBase* fut) = 0;
  virtual bool is_cancelled() const { return false; }
  // A short name for inspectors and reprs (e.g. "gather._done_callback"); empty if anonymous.
  virtual std::string describe() const { return {}; }
};

template <class F>
class FunctionCallback final : public Callback {
 public:
  FunctionCallback(F f, std::string name) : f_(std::move(f)), name_(std::move(name)) {}
  void invoke(FutureBase* fut) override { f_(*fut); }
  std::string describe() const override { return name_; }

 private:
  F f_;
  std::string name_;
};

// A done-callback from a callable taking `FutureBase&`.
template <class F>
Ref<Callback> make_callback(F f, std::string name = {}) {
  return Ref<Callback>(new FunctionCallback<F>(std::move(f), std::move(name)));
}

// A cancellable scheduled call, as returned by call_soon (asyncio.Handle).
class Handle : public Callback {
 public:
  void cancel();
  bool cancelled() const noexcept { return cancelled_; }
  bool is_cancelled() const override { return cancelled_; }
  void invoke(FutureBase*) override { run(); }
  virtual void run() = 0;

 protected:
  virtual void on_cancel() {}

 private:
  bool cancelled_ = false;
};

class EventLoop;

// A handle scheduled for a point in time (asyncio.TimerHandle).
class TimerHandle : public Handle {
 public:
  double when() const noexcept { return when_; }

 protected:
  void on_cancel() override;

 private:
  friend class EventLoop;
  EventLoop* loop_ = nullptr;
  double when_ = 0;
  bool scheduled_ = false;
};

template <class Base, class F>
class FunctionHandle final : public Base {
 public:
  FunctionHandle(F f, std::string name) : f_(std::move(f)), name_(std::move(name)) {}
  void run() override { f_(); }
  std::string describe() const override { return name_; }

 private:
  F f_;
  std::string name_;
};

}  // namespace aio
