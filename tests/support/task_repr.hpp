// CPython 3.11's repr() of asyncio tasks and futures, for core/loop objects.
//
// C++ coroutines have no source lines, so a program labels each task with the Python coroutine it
// stands for (name, line of its `async def`, line of the await it suspends at) and the repr reads
// like CPython's:
//   <Task pending name='Task-2' coro=<do_some_work() running at main.py:10>
//        wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[_wait.<locals>._on_completion() at ...]>
// Callbacks are told apart by Callback::describe() (core/loop names its own) and mapped to the text
// CPython 3.11.7 prints for them, with stdlib paths shortened to asyncio/ as in the recordings.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "loop/asyncio.hpp"
#include "pyformat.hpp"

namespace aioplay::test {

// A Python coroutine function, as a repr shows it.
struct CoroLabel {
  std::string name;        // its __qualname__: "do_some_work", "main"
  int def_line = 0;        // line of the `async def` (co_firstlineno)
  int await_line = 0;      // line of the await it is suspended at; 0: the def line
  std::string file = "main.py";
};

// reprlib.repr() (maxstring 30, maxlist 6) of the C++ stand-in of a Python value.
template <class T>
std::string reprlib_repr(const T& value) {
  if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    std::string s = str_repr(value);
    if (s.size() <= 30) return s;
    size_t i = (30 - 3) / 2, j = 30 - 3 - i;
    return cat(s.substr(0, i), "...", s.substr(s.size() - j));
  } else if constexpr (requires { value.begin(); value.end(); value.size(); }) {
    std::string out = "[";
    size_t n = 0;
    for (const auto& v : value) {
      if (n == 6) {
        out += ", ...";
        break;
      }
      out += n++ ? ", " : "";
      out += reprlib_repr(v);
    }
    return out + "]";
  } else {
    return py_repr(value);
  }
}

// repr() of an exception a future holds, as CPython names the matching Python exception.
inline std::string exception_repr(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const aio::CancelledError& c) {
    return c.message() ? cat("CancelledError(", str_repr(*c.message()), ")") : "CancelledError()";
  } catch (const aio::KeyboardInterrupt&) {
    return "KeyboardInterrupt()";
  } catch (const aio::TimeoutError&) {
    return "TimeoutError()";
  } catch (const aio::InvalidStateError& x) {
    return cat("InvalidStateError(", str_repr(x.what()), ")");
  } catch (const std::exception& x) {
    return cat("Exception(", str_repr(x.what()), ")");
  } catch (...) {
    return "BaseException()";
  }
}

// A typed handle on a future the loop hands out untyped (a done-callback's argument, an entry of
// all_tasks()). Future<void> views any future: result() then only checks state and exception.
template <class T>
aio::Future<T> future_view(aio::FutureBase& f) {
  if constexpr (std::is_void_v<T>) {
    return aio::Future<void>(aio::Ref<aio::FutureBase>(&f), nullptr);
  } else {
    auto* slot = dynamic_cast<aio::ResultSlot<T>*>(&f);
    if (!slot) throw std::logic_error("future_view: the future does not hold this result type");
    return aio::Future<T>(aio::Ref<aio::FutureBase>(&f), slot);
  }
}

// Labels of a program's tasks and futures, and reprs made from them. Holds a reference to each
// labelled object, as the Python program's variables would.
class TaskLabels {
 public:
  // Labels `task` and returns it: tasks.push_back(labels.add(create_task(...), kDoSomeWork)).
  template <class T>
  aio::Task<T> add(aio::Task<T> task, CoroLabel label) {
    entries_[task.base()] = Entry{task.ref(), std::move(label), result_formatter(aio::Future<T>(task))};
    return task;
  }
  // A plain future whose result a repr should show.
  template <class T>
  aio::Future<T> add_future(aio::Future<T> fut) {
    entries_[fut.base()] = Entry{fut.ref(), {}, result_formatter(fut)};
    return fut;
  }
  // The task is now suspended at `line` (for coroutines with several awaits).
  void set_line(const aio::TaskBase& task, int line) { entries_.at(&task).label.await_line = line; }
  // CPython's text for a done-callback core/loop knows only by `describe()` name (a program's own
  // callback, e.g. {"callback", "callback() at main.py:10"}).
  void name_callback(std::string describe, std::string text) { callbacks_[std::move(describe)] = std::move(text); }

  template <class T>
  std::string repr(const aio::Future<T>& f) const {
    return repr(*f.base());
  }
  std::string repr(const aio::FutureBase& f) const {
    if (auto* t = dynamic_cast<const aio::TaskBase*>(&f)) return task_repr(*t);
    return cat("<", future_class(f), " ", join(future_info(f)), ">");
  }
  // A set display of tasks, as print(asyncio.all_tasks()) writes it (in the given order).
  std::string set_repr(const std::vector<aio::Ref<aio::TaskBase>>& tasks) const {
    if (tasks.empty()) return "set()";
    std::string out = "{";
    for (size_t i = 0; i < tasks.size(); ++i) {
      out += i ? ", " : "";
      out += repr(*tasks[i]);
    }
    return out + "}";
  }

  std::string callback_repr(const aio::Callback& cb) const {
    if (dynamic_cast<const aio::TaskBase*>(&cb)) return "Task.task_wakeup()";
    std::string name = cb.describe();
    if (auto it = callbacks_.find(name); it != callbacks_.end()) return it->second;
    // CPython 3.11.7's qualnames and definition lines of the callbacks core/loop reproduces.
    static const std::map<std::string, std::string> known = {
        {"gather._done_callback", "gather.<locals>._done_callback() at asyncio/tasks.py:764"},
        {"_wait._on_completion", "_wait.<locals>._on_completion() at asyncio/tasks.py:519"},
        {"as_completed._on_completion", "as_completed.<locals>._on_completion() at asyncio/tasks.py:602"},
        {"shield._inner_done_callback", "shield.<locals>._inner_done_callback() at asyncio/tasks.py:891"},
        {"shield._outer_done_callback", "shield.<locals>._outer_done_callback() at asyncio/tasks.py:908"},
        {"_run_until_complete_cb", "_run_until_complete_cb() at asyncio/base_events.py:180"},
    };
    if (auto it = known.find(name); it != known.end()) return it->second;
    return cat(name.empty() ? std::string("<callback>") : name, "()");
  }

 private:
  using Formatter = std::function<std::string()>;
  struct Entry {
    aio::Ref<aio::FutureBase> keep;
    CoroLabel label;
    Formatter result;
  };

  template <class T>
  static Formatter result_formatter(aio::Future<T> fut) {
    return [fut] {
      if constexpr (std::is_void_v<T>) {
        return std::string("None");
      } else {
        return reprlib_repr(fut.result());
      }
    };
  }

  static std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
      out += i ? " " : "";
      out += parts[i];
    }
    return out;
  }

  static std::string future_class(const aio::FutureBase& f) {
    auto* cb = dynamic_cast<const aio::Callback*>(&f);
    return cb && cb->describe() == "gather._done_callback" ? "_GatheringFuture" : "Future";
  }

  // base_futures._future_repr_info
  std::vector<std::string> future_info(const aio::FutureBase& f) const {
    using State = aio::FutureBase::State;
    std::vector<std::string> info;
    info.push_back(f.state() == State::pending ? "pending" : f.state() == State::cancelled ? "cancelled" : "finished");
    if (f.state() == State::finished) {
      if (f.peek_exception()) {
        info.push_back(cat("exception=", exception_repr(f.peek_exception())));
      } else {
        auto it = entries_.find(&f);
        info.push_back(cat("result=", it != entries_.end() ? it->second.result() : std::string("<unlabelled>")));
      }
    }
    const auto& cbs = f.callbacks();
    if (!cbs.empty()) {
      std::string text;
      if (cbs.size() == 1)
        text = callback_repr(*cbs[0]);
      else if (cbs.size() == 2)
        text = cat(callback_repr(*cbs[0]), ", ", callback_repr(*cbs[1]));
      else
        text = cat(callback_repr(*cbs.front()), ", <", std::to_string(cbs.size() - 2), " more>, ",
                   callback_repr(*cbs.back()));
      info.push_back(cat("cb=[", text, "]"));
    }
    return info;
  }

  // base_tasks._task_repr_info
  std::string task_repr(const aio::TaskBase& t) const {
    std::vector<std::string> info = future_info(t);
    if (t.cancelling() && !t.done()) info[0] = "cancelling";
    info.insert(info.begin() + 1, cat("name=", str_repr(t.name())));
    info.insert(info.begin() + 2, cat("coro=<", coro_repr(t), ">"));
    if (const aio::FutureBase* w = t.waiting_on())
      info.insert(info.begin() + 3, cat("wait_for=", repr(*w)));
    else if (auto sleep = sleep_future_repr(t))
      info.insert(info.begin() + 3, cat("wait_for=", *sleep));
    return cat("<Task ", join(info), ">");
  }

  // core/loop puts a sleeping task straight into the timer heap, with no future to wait on; CPython's
  // task waits on the sleep's future, whose state TaskBase::sleep_state() mirrors.
  static std::optional<std::string> sleep_future_repr(const aio::TaskBase& t) {
    using Sleep = aio::TaskBase::SleepState;
    if (t.done()) return std::nullopt;
    switch (t.sleep_state()) {
      case Sleep::pending:
        return std::string("<Future pending cb=[Task.task_wakeup()]>");
      case Sleep::finished:
        return std::string("<Future finished result=None>");
      case Sleep::cancelled:
        return std::string("<Future cancelled>");
      default:
        return std::nullopt;
    }
  }

  // coroutines._format_coroutine: where an unfinished coroutine's frame is, else where it is defined.
  std::string coro_repr(const aio::TaskBase& t) const {
    auto it = entries_.find(&t);
    if (it == entries_.end()) return "<unlabelled>()";
    const CoroLabel& l = it->second.label;
    if (t.done()) return cat(l.name, "() done, defined at ", l.file, ":", std::to_string(l.def_line));
    int line = t.started() && l.await_line ? l.await_line : l.def_line;
    return cat(l.name, "() running at ", l.file, ":", std::to_string(line));
  }

  std::map<const aio::FutureBase*, Entry> entries_;
  std::map<std::string, std::string> callbacks_;
};

}  // namespace aioplay::test
