// What the loop runs: handles from call_soon/call_later, future done-callbacks, task steps.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "loop/ref.hpp"

namespace aio {

class FutureBase;
class Handle;

// A unit of work the loop can schedule. `fut` is the future whose completion scheduled it (for
// done-callbacks and task wake-ups), or null. Virtual inheritance lets a Task be both a future and a
// callback with a single reference count.
class Callback : public virtual RefCounted {
 public:
  virtual void invoke(FutureBase* fut) = 0;
  virtual bool is_cancelled() const { return false; }
  // A short name for inspectors and reprs (e.g. "gather._done_callback"); empty if anonymous.
  virtual std::string describe() const { return {}; }
  // This callback as a call_soon/call_later handle, or null (cheaper than a dynamic_cast).
  virtual const Handle* as_handle() const noexcept { return nullptr; }
};

// A future's done-callbacks. Nearly every future has exactly one (the task or gather awaiting it),
// so the first is held inline and only further ones allocate.
class CallbackList {
 public:
  bool empty() const noexcept { return !first_; }
  size_t size() const noexcept { return first_ ? 1 + (rest_ ? rest_->size() : 0) : 0; }
  const Ref<Callback>& operator[](size_t i) const { return i == 0 ? first_ : (*rest_)[i - 1]; }
  const Ref<Callback>& front() const { return first_; }
  const Ref<Callback>& back() const { return rest_ && !rest_->empty() ? rest_->back() : first_; }

  void push_back(Ref<Callback> cb) {
    if (!first_) {
      first_ = std::move(cb);
      return;
    }
    if (!rest_) rest_ = std::make_unique<std::vector<Ref<Callback>>>();
    rest_->push_back(std::move(cb));
  }
  // Removes every registration of `cb`; returns how many.
  size_t remove(const Callback* cb) {
    std::vector<Ref<Callback>> kept;
    size_t removed = 0;
    for (size_t i = 0, n = size(); i < n; ++i) {
      if ((*this)[i].get() == cb)
        ++removed;
      else
        kept.push_back((*this)[i]);
    }
    clear();
    for (auto& k : kept) push_back(std::move(k));
    return removed;
  }
  void clear() noexcept {
    first_ = nullptr;
    rest_.reset();
  }
  // Empties the list, calling f(Ref<Callback>&&) on each in registration order.
  template <class F>
  void drain(F f) {
    if (!first_) return;
    Ref<Callback> first = std::move(first_);
    std::unique_ptr<std::vector<Ref<Callback>>> rest = std::move(rest_);
    f(std::move(first));
    if (rest)
      for (auto& cb : *rest) f(std::move(cb));
  }

 private:
  Ref<Callback> first_;
  std::unique_ptr<std::vector<Ref<Callback>>> rest_;  // the second callback onwards
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
  const Handle* as_handle() const noexcept override { return this; }
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
