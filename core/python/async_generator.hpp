// Async generators' awaitables, as CPython's genobject.c: asend() (also what __anext__() returns),
// athrow() and aclose() each return an awaitable that resumes the generator when awaited. A
// `yield` of the generator's own ends the awaitable with that value; the yields of an `await`
// inside the generator pass through to whoever drives the awaitable (the event loop).
#pragma once

#include "python/generator_object.hpp"

namespace py {

// How an event loop follows the async generators iterated while it runs (CPython's
// sys.set_asyncgen_hooks, which asyncio's loops set): first_iteration() sees each generator when
// it is first resumed; finalize() receives a generator dropped before it finished, to run its
// aclose() later (a stand-in that owns the frame: the dropped object itself is going away). Both
// must not run Python code.
class AsyncGenHooks {
 public:
  virtual ~AsyncGenHooks() = default;
  virtual void first_iteration(GeneratorObject* agen) = 0;
  virtual void finalize(Value agen) = 0;
  // The generator is going away: forget it.
  virtual void forget(GeneratorObject* agen) = 0;
};

// Where a generator finds the running loop's hooks (nullptr: no loop runs); asyncio sets it.
void set_async_gen_hooks_provider(AsyncGenHooks* (*provider)());

// An asend()/__anext__() or athrow()/aclose() awaitable: asyncio takes these as coroutines
// (CPython's iscoroutine() says True: they are collections.abc.Coroutine).
bool is_async_gen_awaitable(const Value& v);

// agen.aclose() as an awaitable, for a loop's shutdown_asyncgens().
Value async_gen_aclose(const Value& agen);
// What anext(aiterator, default) returns: awaits `awaitable` and gives `default_value` in place of
// StopAsyncIteration.
Value make_anext_awaitable(Value awaitable, Value default_value);
// The async generator is dropped unfinished: its frame moves to a new async generator handed to the
// hooks that saw it first (true), or there are none (false) and the frame is discarded.
bool finalize_async_gen(GeneratorObject* agen);

void init_async_generator_methods(Type* async_generator);

}  // namespace py
