// Generators, coroutines and async generators: a suspended frame plus its own stack of handled
// exceptions. (An async generator's awaitables, asend/athrow, are in async_generator.hpp.)
//
// The VM resumes one either inline (FOR_ITER over a generator, SEND to a coroutine: the frame is
// linked on top of the caller's and runs in the same loop) or from C++ (send/throw/close below,
// next() from a built-in), which runs a nested loop. A generator's frame starts at instruction 0 on
// the first send, which must be None and is not pushed (there is no RETURN_GENERATOR/POP_TOP
// prologue).
#pragma once

#include "python/args.hpp"
#include "python/exception_object.hpp"
#include "python/frame.hpp"
#include "python/object.hpp"
#include "python/str_object.hpp"

namespace py {

class AsyncGenHooks;

extern Type* generator_type;
extern Type* coroutine_type;
extern Type* coroutine_wrapper_type;  // what coroutine.__await__() returns
extern Type* async_generator_type;

struct GeneratorObject : Object {
  // Takes ownership of `frame` (its arguments already bound).
  GeneratorObject(Type* type, Frame* frame);
  ~GeneratorObject() override;

  Frame* frame;               // nullptr once finished
  ExcInfo exc_info;           // linked on the thread's stack while running
  bool running = false;
  Ref<CodeObject> code;
  Ref<StrObject> name;        // __name__
  Ref<StrObject> qualname;    // __qualname__
  // Async generators only. Whether the last yield was the generator's own `yield` (a value for
  // `async for`) rather than one of an `await` inside it passing through to the event loop.
  bool yielded_own_value = false;
  bool running_async = false;  // an asend()/athrow() is under way (ag_running)
  bool closed = false;         // aclose() was called or the generator ended
  AsyncGenHooks* hooks = nullptr;  // of the loop that saw its first iteration, while it lives

  bool finished() const { return frame == nullptr; }
  bool started() const { return frame != nullptr && frame->next_instr > 0; }
  bool is_coroutine() const { return type() == coroutine_type; }
  bool is_async_generator() const { return type() == async_generator_type; }
  // "generator" / "coroutine" / "async generator", for messages.
  const char* kind_name() const;
  // The object this frame is delegating to in `yield from` / `await` (the receiver of the SEND it
  // is suspended in), or an empty Value.
  Value delegate() const;
};

// A generator being dropped while suspended: a new one of its type takes over its frame (so that the
// frame can still be closed, or handed to an event loop to close) and the dropped one has none.
Ref<GeneratorObject> move_to_stand_in(GeneratorObject* gen);

// A new generator or coroutine for a call frame whose code has the generator/coroutine flag.
Value make_generator(Frame* frame);

inline bool is_generator_object(const Value& v) {
  return v.is_object() && (v.type() == generator_type || v.type() == coroutine_type);
}
inline GeneratorObject* as_generator(const Value& v) { return static_cast<GeneratorObject*>(v.object()); }

// How a resumption from C++ ended.
enum class GenStatus { yielded, returned, raised };

// gen.send(value) without the StopIteration: `out` is the yielded or returned value.
// "generator already executing" (ValueError), "can't send non-None value to a just-started
// generator" (TypeError) and "cannot reuse already awaited coroutine" (RuntimeError) are raised.
GenStatus gen_send(GeneratorObject* gen, const Value& value, Value& out);
// gen.throw(exc): raises `exc` (already an instance) at the suspended point, throwing it into the
// delegate first when the generator is inside `yield from` / `await`.
GenStatus gen_throw(GeneratorObject* gen, Ref<BaseExceptionObject> exc, Value& out);
// The exception instance of throw(exc), throw(type) or throw(type, value), or nullptr with an error.
Value exception_to_throw(const Args& args);
// gen.close(): GeneratorExit at the suspended point; false with an exception set when the
// generator yields instead ("generator ignored GeneratorExit") or raises another error.
bool gen_close(GeneratorObject* gen);

}  // namespace py
