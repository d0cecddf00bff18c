// asyncio_fuzzer: the asyncio module on generated task graphs.
//
// The bytes drive a program writer (TaskGraphWriter below): up to six worker coroutines w0..w5 and
// a main coroutine, each a list of actions — sleeps, create_task, cancel (with or without a
// message), awaiting tasks, gather (with and without return_exceptions), wait_for with timeouts,
// asyncio.wait with every return_when, as_completed, shield, asyncio.timeout blocks, Event, Lock,
// Semaphore, Queue, futures completed by call_later, call_soon/call_later handles (some
// cancelled), exceptions — each wrapped so that a worker either re-raises or swallows its
// CancelledError. It runs under asyncio.run with virtual time, a 64 MB heap cap and a step budget.
//
// No program can deadlock: a coroutine runs with a rank `me` (a task spawned by main, or a
// coroutine main calls: the number of tasks when it was made; one made by a worker: the worker's
// rank) and awaits only tasks with a lower index, its own children and new coroutines of
// higher-numbered workers; events and queues are awaited with a timeout. (An earlier version gave
// main's coroutines main's unlimited rank: two tasks could then gather each other.) So every run ends, and the program itself checks, printing its violations and raising
// AssertionError('INVARIANT') if one fails:
//   - every task ends: all are done after main gathers them (when it does) and after asyncio.run;
//   - every coroutine that started ended exactly once (its `finally` ran once);
//   - no callback runs twice: each task's done callback ran exactly once, each call_soon handle
//     once, a cancelled handle never, nothing more than once;
//   - nothing runs after close: no coroutine step, done callback or handle after asyncio.run
//     closed its loop, and a closed loop refuses run_until_complete, run_forever and call_soon and
//     runs none of the callbacks scheduled before close;
//   - gather returns one result per awaitable; asyncio.wait's done and pending split its
//     futures, all of done are done and none of pending.
// What a task that swallowed its cancellation starts after main returned may still be pending when
// asyncio.run closes the loop, as in CPython: it is `late`, and the checks leave it out.
// The target traps when a run that ended by itself (not cut by the budget, not out of memory)
// did not print the "--asyncio-ok--" marker last, or ended with any uncaught exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

namespace {

const char* const kPrelude = R"py(import asyncio
log = []
starts, ends, done_calls, handle_calls = {}, {}, {}, {}
expect_once, expect_never = [], []
violations = []
closed = False
main_done = False
late = set()
ids = [0]
tasks = []
def check(ok, what):
    if not ok:
        violations.append(what)
def new_label(tag):
    ids[0] += 1
    return tag + '#' + str(ids[0])
def on_done(t):
    n = t.get_name()
    done_calls[n] = done_calls.get(n, 0) + 1
    check(not closed, 'done callback after close: ' + n)
    check(t.done(), 'done callback of a pending task: ' + n)
def on_call(key):
    handle_calls[key] = handle_calls.get(key, 0) + 1
    check(not closed, 'handle ran after close: ' + key)
def spawn(w, me):
    nm = new_label('t')
    if main_done:
        late.add(nm)
    t = asyncio.create_task(w(len(tasks) if me is None else me, nm), name=nm)
    t.add_done_callback(on_done)
    tasks.append(t)
    return t
def task(j, me):
    if 0 <= j < min(me, len(tasks)):
        return tasks[j]
    return None
def any_task(j):
    return tasks[j % len(tasks)] if tasks else None
def set_soon(fut, value):
    if not fut.done():
        fut.set_result(value)
)py";

const char* const kDelays[] = {"0", "0", "0.001", "0.01", "0.01", "0.05", "0.1", "0.5", "1", "0.002", "0.003"};
const char* const kTimeouts[] = {"0", "0.001", "0.005", "0.01", "0.05", "0.1", "1", "10", "-1"};
const char* const kReturnWhen[] = {"ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION"};
const char* const kExceptions[] = {"ValueError", "RuntimeError", "KeyError", "TimeoutError", "ZeroDivisionError"};

class TaskGraphWriter {
 public:
  explicit TaskGraphWriter(fuzz::Choices& choices) : c_(choices) {}

  std::string write() {
    out_ = kPrelude;
    workers_ = 1 + static_cast<int>(c_.below(6));
    for (int k = workers_ - 1; k >= 0; --k) worker(k);  // each calls only higher-numbered ones
    main();
    epilogue();
    return out_;
  }

 private:
  void line(const std::string& text) {
    out_.append(static_cast<std::size_t>(indent_) * 4, ' ');
    out_ += text;
    out_ += '\n';
  }

  // A worker coroutine other than the current one that this one may call or spawn (higher number),
  // or "" when there is none.
  std::string callee() {
    const int first = current_ + 1;  // main is current_ == -1
    if (first >= workers_) return "";
    return "w" + std::to_string(first + static_cast<int>(c_.below(static_cast<unsigned>(workers_ - first))));
  }
  // The rank of a coroutine this one creates and awaits: its own; main's coroutines get the number
  // of tasks so far (main itself, which nobody awaits, may await any task).
  std::string rank() const { return current_ < 0 ? "len(tasks)" : "me"; }
  std::string delay() { return c_.pick(kDelays); }
  std::string timeout() { return c_.pick(kTimeouts); }
  std::string task_index() { return std::to_string(c_.below(8)); }

  // A new task of a higher-numbered worker, of rank `me` (the spawner's own in a worker; its own
  // index when main spawns it).
  std::string spawn_expr() {
    const std::string w = callee();
    if (w.empty()) return "";
    return "spawn(" + w + (current_ < 0 ? ", None)" : ", me)");
  }
  // An awaitable that cannot wait on the current coroutine: a lower task (may be None), a new
  // coroutine of a higher worker, a sleep, a spawned child.
  std::string awaitable() {
    switch (c_.below(5)) {
      case 0: return "task(" + task_index() + ", me)";
      case 1: {
        const std::string w = callee();
        if (!w.empty()) return w + "(" + rank() + ", 'c')";
        return "asyncio.sleep(" + delay() + ", 's')";
      }
      case 2: {
        const std::string s = spawn_expr();
        if (!s.empty()) return s;
        return "asyncio.sleep(" + delay() + ")";
      }
      case 3: return "asyncio.sleep(" + delay() + ", 's')";
      default: return "asyncio.shield(task(" + task_index() + ", me) or asyncio.sleep(" + delay() + "))";
    }
  }
  // A list expression of awaitables without None.
  std::string awaitables() {
    std::string s = "[a for a in (";
    const unsigned n = 1 + c_.below(4);
    for (unsigned i = 0; i < n; ++i) s += awaitable() + ", ";
    return s + ") if a is not None]";
  }

  void action(int depth) {
    line("try:");
    ++indent_;
    action_body(depth);
    --indent_;
    line("except asyncio.CancelledError:");
    line("    log.append('cancelled ' + lab)");
    // A worker re-raises or swallows its cancellation; main always goes on to its checks.
    if (current_ >= 0 && c_.chance(170)) line("    raise");
    line("except Exception as ex:");
    line("    log.append(lab + ' ' + type(ex).__name__)");
  }

  void action_body(int depth) {
    switch (c_.below(depth > 0 ? 18 : 20)) {
      case 0: case 1:
        line("await asyncio.sleep(" + delay() + ")");
        return;
      case 2:
        line("t = any_task(" + task_index() + ")");
        line(std::string("if t is not None: log.append(('cancel', t.get_name(), t.cancel(") + (c_.flag() ? "'m'" : "") +
             ")))");
        return;
      case 3:
        line("t = task(" + task_index() + ", me)");
        line("if t is not None: log.append(repr(await t))");
        return;
      case 4: {
        const std::string s = spawn_expr();
        if (s.empty()) {
          line("await asyncio.sleep(0)");
          return;
        }
        if (c_.flag()) {
          line("child = " + s);
          line("log.append(repr(await child))");
        } else {
          line(s);
        }
        return;
      }
      case 5: {
        line("aws = " + awaitables());
        const bool return_exceptions = c_.flag();
        line(std::string("res = await asyncio.gather(*aws, return_exceptions=") + (return_exceptions ? "True" : "False") +
             ")");
        line("check(len(res) == len(aws), 'gather: ' + str(len(res)) + ' results for ' + str(len(aws)))");
        line("log.append(repr(res))");
        return;
      }
      case 6: {
        const std::string t = timeout();
        switch (c_.below(5)) {
          case 0: {
            const std::string w = callee();
            line("log.append(repr(await asyncio.wait_for(" + (w.empty() ? "asyncio.sleep(" + delay() + ", 'x')" : w + "(" + rank() + ", 'wf')") +
                 ", " + (c_.chance(40) ? "None" : t) + ")))");
            return;
          }
          case 1:
            line("t = task(" + task_index() + ", me)");
            line("if t is not None: log.append(repr(await asyncio.wait_for(" + std::string(c_.flag() ? "asyncio.shield(t)" : "t") +
                 ", " + t + ")))");
            return;
          case 2:
            line("log.append(repr(await asyncio.wait_for(ev[" + std::to_string(c_.below(2)) + "].wait(), " + t + ")))");
            return;
          case 3:
            line("log.append(repr(await asyncio.wait_for(q.get(), " + t + ")))");
            return;
          default: {
            const std::string s = spawn_expr();
            if (s.empty()) {
              line("await asyncio.wait_for(asyncio.sleep(" + delay() + "), " + t + ")");
              return;
            }
            line("log.append(repr(await asyncio.wait_for(" + s + ", " + t + ")))");
            return;
          }
        }
      }
      case 7: {
        std::string s = "ws = [t for t in (";
        const unsigned n = 1 + c_.below(3);
        for (unsigned i = 0; i < n; ++i) {
          const std::string spawned = c_.flag() ? spawn_expr() : "";
          s += (spawned.empty() ? "task(" + task_index() + ", me)" : spawned) + ", ";
        }
        line(s + ") if t is not None]");
        line("if ws:");
        ++indent_;
        line("done, pending = await asyncio.wait(ws" + std::string(c_.flag() ? ", timeout=" + timeout() : "") +
             ", return_when=asyncio." + c_.pick(kReturnWhen) + ")");
        line("check(done | pending == set(ws) and not done & pending, 'wait: done and pending do not split the futures')");
        line("check(all(t.done() for t in done), 'wait: a pending future in done')");
        line("check(not any(t.done() for t in pending), 'wait: a done future in pending')");
        --indent_;
        return;
      }
      case 8:
        line("for fut in asyncio.as_completed(" + awaitables() + (c_.flag() ? ", timeout=" + timeout() : "") + "):");
        line("    log.append(repr(await fut))");
        return;
      case 9:
        line("log.append(repr(await asyncio.shield(" + awaitable() + " or asyncio.sleep(0))))");
        return;
      case 10: {
        const unsigned which = c_.below(3);
        if (which == 0) line("ev[" + std::to_string(c_.below(2)) + "].set()");
        if (which == 1) line("ev[" + std::to_string(c_.below(2)) + "].clear()");
        if (which == 2) line("q.put_nowait(" + std::to_string(c_.below(10)) + ")");
        return;
      }
      case 11:
        line(std::string("async with ") + (c_.flag() ? "lk" : "sem") + ":");
        line("    await asyncio.sleep(" + delay() + ")");
        return;
      case 12: {
        line("key = new_label('h')");
        const bool soon = c_.flag();
        const bool cancel = c_.chance(90);
        line("h = asyncio.get_running_loop()." + (soon ? std::string("call_soon(") : "call_later(" + delay() + ", ") +
             "on_call, key)");
        if (cancel) {
          line("h.cancel()");
          line("expect_never.append(key)");
        } else if (soon) {
          line("expect_once.append(key)");
          line("if main_done: late.add(key)");
        }
        return;
      }
      case 13:
        line("fut = asyncio.get_running_loop().create_future()");
        line("asyncio.get_running_loop().call_later(" + delay() + ", set_soon, fut, 'f')");
        line("log.append(repr(await asyncio.wait_for(" + std::string(c_.flag() ? "asyncio.shield(fut)" : "fut") + ", " +
             timeout() + ")))");
        return;
      case 14:
        line("raise " + std::string(c_.pick(kExceptions)) + "(lab)");
        return;
      case 15:
        line("ct = asyncio.current_task()");
        line("check(ct is not None and not ct.done(), 'current_task is not a running task')");
        line("log.append((ct.cancelling(), len(asyncio.all_tasks()) > 0))");
        return;
      case 16:
        line("t = any_task(" + task_index() + ")");
        line("if t is not None and t.done() and not t.cancelled(): log.append(repr(t.exception()))");
        return;
      case 17:
        line("await asyncio.sleep(0)");
        return;
      case 18:
        line("async with asyncio.timeout(" + timeout() + "):");
        ++indent_;
        for (unsigned i = 0, n = 1 + c_.below(2); i < n; ++i) action(depth + 1);
        --indent_;
        return;
      default:
        line("for _ in range(" + std::to_string(1 + c_.below(3)) + "):");
        ++indent_;
        action(depth + 1);
        --indent_;
        return;
    }
  }

  void worker(int k) {
    current_ = k;
    line("async def w" + std::to_string(k) + "(me, tag):");
    ++indent_;
    line("if ids[0] > 300:");
    line("    return 'skip'");
    line("lab = new_label(tag + '/w" + std::to_string(k) + "')");
    line("if main_done: late.add(lab)");
    line("starts[lab] = starts.get(lab, 0) + 1");
    line("check(not closed, 'coroutine started after close: ' + lab)");
    line("try:");
    ++indent_;
    const unsigned n = 1 + c_.below(4);
    for (unsigned i = 0; i < n; ++i) action(0);
    line("return lab");
    --indent_;
    line("finally:");
    line("    ends[lab] = ends.get(lab, 0) + 1");
    line("    check(not closed, 'coroutine ran after close: ' + lab)");
    --indent_;
  }

  void main() {
    current_ = -1;
    line("async def main():");
    ++indent_;
    line("global ev, q, lk, sem, main_done");
    line("ev = [asyncio.Event(), asyncio.Event()]");
    line("q = asyncio.Queue(" + std::to_string(c_.below(3)) + ")");
    line("lk = asyncio.Lock()");
    line("sem = asyncio.Semaphore(" + std::to_string(1 + c_.below(2)) + ")");
    line("me = 10**9");
    line("lab = 'main'");
    line("for i in range(" + std::to_string(1 + c_.below(4)) + "):");
    line("    spawn(w" + std::to_string(c_.below(static_cast<unsigned>(workers_))) + ", None)");
    const unsigned n = 1 + c_.below(8);
    for (unsigned i = 0; i < n; ++i) action(0);
    if (c_.chance(200)) {
      // Wait for every task, also those the program did not keep (as_completed() wraps coroutines
      // in tasks it leaves running after a timeout, and they may spawn more), then check they
      // all ended.
      line("while True:");
      line("    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]");
      line("    if not pending:");
      line("        break");
      line("    await asyncio.gather(*pending, return_exceptions=True)");
      line("for _ in range(3):");
      line("    await asyncio.sleep(0)");
      line("check(all(t.done() for t in tasks), 'a task is pending after main gathered them all')");
      line("for t in tasks:");
      line("    check(done_calls.get(t.get_name(), 0) == 1, 'done callbacks of ' + t.get_name() + ': ' + str(done_calls.get(t.get_name(), 0)))");
    }
    // Otherwise asyncio.run cancels what is left. What starts after this (a task that swallows its
    // cancellation may spawn more) may still be pending when asyncio.run closes the loop, as in
    // CPython: it is `late` and the checks leave it out.
    line("main_done = True");
    line("return 'main'");
    --indent_;
  }

  void epilogue() {
    out_ += R"py(check(asyncio.run(main()) == 'main', 'main did not return')
closed = True
for t in tasks:
    if t.get_name() not in late:
        n = done_calls.get(t.get_name(), 0)
        check(t.done(), 'task ' + t.get_name() + ' never ended')
        check(n == 1, 'task ' + t.get_name() + ': ' + str(n) + ' done callbacks')
for lab, n in starts.items():
    if lab not in late:
        check(n == 1 and ends.get(lab, 0) == 1, 'coroutine ' + lab + ' started ' + str(n) + ' times, ended ' + str(ends.get(lab, 0)))
for key in expect_once:
    if key not in late:
        check(handle_calls.get(key, 0) == 1, 'call_soon handle ' + key + ' ran ' + str(handle_calls.get(key, 0)) + ' times')
for key in expect_never:
    check(handle_calls.get(key, 0) == 0, 'cancelled handle ' + key + ' ran')
for key, n in handle_calls.items():
    check(n <= 1, 'handle ' + key + ' ran ' + str(n) + ' times')
ran = []
loop = asyncio.new_event_loop()
loop.call_soon(ran.append, 1)
loop.call_later(0, ran.append, 2)
fut = loop.create_future()
loop.close()
for attempt in (lambda: loop.run_until_complete(fut), loop.run_forever, lambda: loop.call_soon(ran.append, 3)):
    try:
        attempt()
        check(False, 'a closed loop accepted ' + repr(attempt))
    except RuntimeError:
        pass
check(ran == [], 'a closed loop ran callbacks: ' + repr(ran))
check(loop.is_closed() and not loop.is_running(), 'the closed loop is not closed')
if violations:
    print('\n'.join(violations))
    raise AssertionError('INVARIANT')
print(len(tasks), len(starts), len(log))
for entry in log:
    print(entry)
print('--asyncio-ok--')
)py";
  }

  fuzz::Choices& c_;
  std::string out_;
  int indent_ = 0;
  int workers_ = 1;
  int current_ = -1;  // the worker being written; -1: main
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Choices choices(data, size);
  const std::string source = TaskGraphWriter(choices).write();
  fuzz::RunLimits limits;
  limits.max_heap_bytes = 64u << 20;
  limits.recursion_limit = 300;
  limits.max_steps = 100000;
  limits.steps_after_interrupt = 5000;
  limits.max_output_bytes = 1u << 20;
  const fuzz::RunOutcome outcome = fuzz::run_program(source, limits);
  if (!outcome.finished) return 0;
  const std::string& type = outcome.failure_type;
  if (type == "MemoryError" || (outcome.interrupted && type == "KeyboardInterrupt")) return 0;
  if (type == "AssertionError") fuzz::trap("an asyncio invariant failed", source, outcome);
  if (!type.empty()) fuzz::trap("the task graph ended with an uncaught exception", source, outcome);
  if (outcome.status != 0 || !outcome.out.ends_with("--asyncio-ok--\n")) {
    fuzz::trap("the task graph ended without its --asyncio-ok-- marker", source, outcome);
  }
  return 0;
}
