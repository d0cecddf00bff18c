// The VM through the host API: calls and their errors, limits, time slices, interrupts,
// suspension, memory caps, generators and tracebacks. Expected texts are CPython 3.11's.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "python/interpreter.hpp"

namespace {

struct Outcome {
  std::string out;
  std::string err;
  int status = -1;
  bool keyboard_interrupt = false;
};

py::InterpreterSinks string_sinks(Outcome& run) {
  py::InterpreterSinks sinks;
  sinks.out = [&run](std::string_view text) { run.out += text; };
  sinks.err = [&run](std::string_view text) { run.err += text; };
  return sinks;
}

Outcome run_program(const std::string& source, py::InterpreterOptions options = {}) {
  Outcome run;
  options.virtual_time = true;
  py::Interpreter interpreter(options, string_sinks(run));
  interpreter.start(source);
  run.status = interpreter.run_to_completion();
  run.keyboard_interrupt = interpreter.ended_by_keyboard_interrupt();
  return run;
}

TEST(Vm, PrintsAndExitsCleanly) {
  Outcome run = run_program("def add(a, b=2):\n    return a + b\nprint(add(1), add(1, b=5))\n");
  EXPECT_EQ(run.out, "3 6\n");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.status, 0);
}

TEST(Vm, ArgumentBindingErrorsMatchCPython) {
  Outcome run = run_program(R"(def h(a, b, /, c, *, d, e=1): pass
def v(a, b, c=1, *args, **kw): pass
def x2(a, b=2): pass
class C:
    def m(self, a): pass
calls = [
    lambda: h(),
    lambda: h(1, 2, 3),
    lambda: h(1, 2, 3, 4, d=1),
    lambda: h(1, a=1, b=2, c=3, d=4),
    lambda: h(1, 2, c=3, d=4, z=1),
    lambda: h(1, 2, 3, c=3, d=1),
    lambda: v(),
    lambda: v(1),
    lambda: x2(1, 2, 3),
    lambda: C().m(1, 2),
    lambda: C().m(b=2),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            "h() missing 3 required positional arguments: 'a', 'b', and 'c'\n"
            "h() missing 1 required keyword-only argument: 'd'\n"
            "h() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given\n"
            "h() got some positional-only arguments passed as keyword arguments: 'a, b'\n"
            "h() got an unexpected keyword argument 'z'\n"
            "h() got multiple values for argument 'c'\n"
            "v() missing 2 required positional arguments: 'a' and 'b'\n"
            "v() missing 1 required positional argument: 'b'\n"
            "x2() takes from 1 to 2 positional arguments but 3 were given\n"
            "C.m() takes 2 positional arguments but 3 were given\n"
            "C.m() got an unexpected keyword argument 'b'\n");
}

TEST(Vm, StarArgsAndKwargs) {
  Outcome run = run_program("def f(*args, **kw):\n    return args, kw\nprint(f(1, *[2, 3], x=1, **{'y': 2}))\n");
  EXPECT_EQ(run.out, "((1, 2, 3), {'x': 1, 'y': 2})\n");
}

TEST(Vm, RecursionLimitIsARecursionError) {
  Outcome run = run_program(R"(n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError as e:
    print(n, e)
)");
  EXPECT_EQ(run.out, "999 maximum recursion depth exceeded\n");
}

TEST(Vm, InfiniteLoopReturnsToTheHostAndStopsOnInterrupt) {
  Outcome run;
  py::Interpreter interpreter({}, string_sinks(run));
  interpreter.start("while True:\n    pass\n");
  EXPECT_EQ(interpreter.step(0.005).state, py::RunState::running);
  EXPECT_EQ(interpreter.step(0.005).state, py::RunState::running);
  interpreter.interrupt();
  EXPECT_EQ(interpreter.step(0.005).state, py::RunState::finished);
  EXPECT_TRUE(interpreter.ended_by_keyboard_interrupt());
  EXPECT_EQ(interpreter.exit_status(), 130);
  EXPECT_NE(run.err.find("Traceback (most recent call last):\n  File \"main.py\", line "), std::string::npos);
  EXPECT_TRUE(run.err.ends_with("KeyboardInterrupt\n")) << run.err;
}

TEST(Vm, SleepSuspendsAndVirtualTimeJumps) {
  Outcome run;
  py::InterpreterOptions options;
  options.virtual_time = true;
  py::Interpreter interpreter(options, string_sinks(run));
  interpreter.start("import time\nt = time.monotonic()\ntime.sleep(5)\nprint(round(time.monotonic() - t, 1))\n");
  for (int i = 0; i < 10 && !interpreter.finished(); ++i) interpreter.step(0.01);
  EXPECT_TRUE(interpreter.finished());
  EXPECT_EQ(run.out, "5.0\n");
  EXPECT_EQ(interpreter.exit_status(), 0);
}

TEST(Vm, RealSleepWaitsWithTheDelay) {
  Outcome run;
  py::Interpreter interpreter({}, string_sinks(run));
  interpreter.start("import time\ntime.sleep(30)\nprint('late')\n");
  // On a loaded machine the first slice may end before the program reaches its sleep.
  py::StepResult r;
  do r = interpreter.step(0.01);
  while (r.state == py::RunState::running);
  EXPECT_EQ(r.state, py::RunState::waiting);
  EXPECT_GT(r.delay_seconds, 29.0);
  interpreter.interrupt();
  EXPECT_EQ(interpreter.step(0.01).state, py::RunState::finished);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(run.err.ends_with("    time.sleep(30)\nKeyboardInterrupt\n")) << run.err;
}

TEST(Vm, MemoryCapRaisesMemoryErrorAndTheNextRunWorks) {
  py::InterpreterOptions options;
  options.max_heap_bytes = 4 << 20;
  Outcome run = run_program("try:\n    x = 'a' * (10 ** 8)\nexcept MemoryError:\n    print('caught')\n", options);
  EXPECT_EQ(run.out, "caught\n");
  Outcome next = run_program("print(sum(range(10)))\n");
  EXPECT_EQ(next.out, "45\n");
}

TEST(Vm, Generators) {
  Outcome run = run_program(R"(def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except ValueError as e:
        print('thrown', e)
        yield 3
    return 'done'
g = gen()
print(next(g))
print(g.send('a'))
print(g.throw(ValueError('v')))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def inner():
    yield 1
    yield 2
    return 'r'
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
print([x * 2 for x in range(3)], sum(x for x in range(4)))
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "1\ngot a\n2\nthrown v\n3\nstop done\n[1, 2, 'r']\n[0, 2, 4] 6\n");
}

TEST(Vm, TracebackWithCarets) {
  Outcome run = run_program("def f(a, b):\n    return a / b\n\ndef g(x):\n    return f(x, 0) + 1\n\ng(1)\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 7, in <module>\n"
            "    g(1)\n"
            "  File \"main.py\", line 5, in g\n"
            "    return f(x, 0) + 1\n"
            "           ^^^^^^^\n"
            "  File \"main.py\", line 2, in f\n"
            "    return a / b\n"
            "           ~~^~~\n"
            "ZeroDivisionError: division by zero\n");
}

TEST(Vm, ChainedTracebacks) {
  Outcome run = run_program("try:\n    1 / 0\nexcept ZeroDivisionError:\n    x = [1, 2][5]\n");
  EXPECT_EQ(run.err,
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 2, in <module>\n"
            "    1 / 0\n"
            "    ~~^~~\n"
            "ZeroDivisionError: division by zero\n"
            "\nDuring handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 4, in <module>\n"
            "    x = [1, 2][5]\n"
            "        ~~~~~~^^^\n"
            "IndexError: list index out of range\n");
  Outcome cause = run_program("d = {\"a\": 1}\ntry:\n    d[\"b\"]\nexcept KeyError as e:\n    raise ValueError(\"bad\") from e\n");
  EXPECT_EQ(cause.err,
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 3, in <module>\n"
            "    d[\"b\"]\n"
            "    ~^^^^^\n"
            "KeyError: 'b'\n"
            "\nThe above exception was the direct cause of the following exception:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 5, in <module>\n"
            "    raise ValueError(\"bad\") from e\n"
            "ValueError: bad\n");
}

TEST(Vm, RepeatedTracebackLinesAreCollapsed) {
  Outcome run = run_program("def r(n):\n    return r(n + 1)\n\nr(0)\n");
  EXPECT_NE(run.err.find("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"),
            std::string::npos)
      << run.err.substr(0, 600);
}

TEST(Vm, SystemExit) {
  EXPECT_EQ(run_program("import sys\nsys.exit()\n").status, 0);
  EXPECT_EQ(run_program("import sys\nsys.exit(3)\n").status, 3);
  Outcome text = run_program("import sys\nprint('a')\nsys.exit('bye')\n");
  EXPECT_EQ(text.out, "a\n");
  EXPECT_EQ(text.err, "bye\n");
  EXPECT_EQ(text.status, 1);
}

TEST(Vm, UnawaitedCoroutineWarns) {
  Outcome run = run_program("async def f():\n    pass\n\nf()\nprint('done')\n");
  EXPECT_EQ(run.out, "done\n");
  EXPECT_EQ(run.err,
            "main.py:4: RuntimeWarning: coroutine 'f' was never awaited\n"
            "  f()\n"
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

TEST(Vm, CoroutinesAwaitEachOther) {
  Outcome run = run_program(R"(async def inner(x):
    return x * 2
async def outer():
    return await inner(3) + await inner(4)
c = outer()
print(repr(c).startswith('<coroutine object outer at 0x'))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "True\n14\n");
}

TEST(Vm, SyntaxErrorFinishesAtStart) {
  Outcome run = run_program("x = (1,\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "  File \"main.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
}

// ---- found by the fuzzers (tests/fuzz) ----

TEST(Vm, FuzzSlicesWithHugeStepsDoNotOverflow) {
  Outcome run = run_program(R"(print('abc'[::2**63-1], [1, 2][::2**63-1], (1, 2)[::-2**63+1], 'h\xe9llo'[::-2**63])
l = [1, 2, 3]
l[::2**63-1] = [9]
del l[1::2**63-1]
print(l)
r = range(2**63-1, -2**63, -2**63)
print(list(r), list(reversed(r)), range(10)[::-3], range(0, 10, 3)[1:])
for f in [lambda: range(0, 2**62, 2**61)[::4], lambda: range(0, 2**63-1, 2**62)[:]]:
    try:
        f()
    except OverflowError as e:
        print(e)
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            "a [1] (2,) o\n[9, 3]\n[9223372036854775807, -1] [-1, 9223372036854775807] range(9, -1, -3) range(3, 12, 3)\n"
            "Python int too large to convert to C ssize_t\nPython int too large to convert to C ssize_t\n");
}

TEST(Vm, FuzzFormatLooksUpTheTypesFormat) {
  // format(cls) is type(cls).__format__(cls, spec), not the unbound cls.__format__.
  Outcome run = run_program(R"(class K:
    def __format__(self, spec):
        return 'K' + spec
k = K()
k.__format__ = lambda spec: 'instance'
print(f'{K}', format(K), f'{K!r:>20}', f'{k:x}', format(int, ''))
try:
    f'{K:x}'
except TypeError as e:
    print(e)
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            "<class '__main__.K'> <class '__main__.K'> <class '__main__.K'> Kx <class 'int'>\n"
            "unsupported format string passed to type.__format__\n");
}

TEST(Vm, FuzzAsyncioRunRunsCallbacksLeftReadyAndNumbersItsShutdownTasks) {
  // The main task ends in the same iteration as another task: that task's done callback is still
  // ready when run_until_complete stops; CPython runs it while the loop runs shutdown_asyncgens()
  // and shutdown_default_executor(), whose tasks take the numbers Task-2 and Task-3.
  Outcome run = run_program(R"(import asyncio
calls = []
async def quick():
    return 1
async def main():
    t = asyncio.create_task(quick())
    t.add_done_callback(lambda t: calls.append('done'))
    print(asyncio.current_task().get_name())
asyncio.run(main())
print(calls)
asyncio.run(main())
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "Task-1\n['done']\nTask-5\n");
}

TEST(Vm, FuzzATaskThatCancelledItselfWakesAtOnceFromASleep) {
  // Task.__step cancels the sleep's future when a cancel() came while the task ran: it wakes in
  // the next iteration with CancelledError, before what was scheduled after it.
  Outcome run = run_program(R"(import asyncio, time
log = []
async def a():
    me.cancel('why')
    t = time.monotonic()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(('a cancelled', e.args, round(time.monotonic() - t, 1)))
async def b():
    asyncio.get_running_loop().call_soon(log.append, 'b soon')
async def main():
    global me
    me = asyncio.create_task(a())
    await asyncio.gather(me, asyncio.create_task(b()))
asyncio.run(main())
print(log)
)");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "[('a cancelled', ('why',), 0.0), 'b soon']\n");
}

TEST(Vm, FuzzCancellingTasksThatGatherEachOtherDoesNotOverflowTheStack) {
  // a waits on gather(b) and b on gather(a): cancel() goes round a -> gather -> b -> gather -> a.
  // CPython's Python-level _GatheringFuture.cancel ends in RecursionError; ours counts its depth.
  py::InterpreterOptions options;
  options.interrupt_at = 1;  // the pair never ends: asyncio.run waits for them until the Ctrl+C
  Outcome run = run_program(R"(import asyncio
async def a():
    await asyncio.sleep(0)
    await asyncio.gather(tb)
async def b():
    await asyncio.sleep(0)
    await asyncio.gather(ta)
async def main():
    global ta, tb
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await asyncio.sleep(0.1)
    print('cancel:', ta.cancel())
asyncio.run(main())
)",
                            options);
  EXPECT_EQ(run.out, "cancel: True\n");
}

#ifndef __EMSCRIPTEN__
TEST(Vm, FuzzCtrlCStopsALoopDrivenFromCxx) {
  // list() calls __next__ from C++, where the VM looked for no Ctrl+C.
  Outcome run;
  py::InterpreterOptions options;
  options.max_heap_bytes = 64u << 20;  // without the check, the list would grow to a MemoryError
  py::Interpreter interpreter(options, string_sinks(run));
  interpreter.start(R"(class Endless:
    def __iter__(self):
        return self
    def __next__(self):
        return sum(range(100))
list(Endless())
)");
  std::thread ctrl_c([&interpreter] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    interpreter.interrupt();
  });
  run.status = interpreter.run_to_completion();
  ctrl_c.join();
  EXPECT_TRUE(interpreter.ended_by_keyboard_interrupt()) << run.err;
  // The Ctrl+C lands either on entering __next__ or inside sum()'s own C++ loop.
  EXPECT_NE(run.err.find("    list(Endless())\n"), std::string::npos) << run.err;
  EXPECT_TRUE(run.err.ends_with("\nKeyboardInterrupt\n")) << run.err;
}
#endif

}  // namespace
