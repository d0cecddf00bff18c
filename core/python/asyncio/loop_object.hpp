// The event loop object Python code sees (asyncio's _UnixSelectorEventLoop), owning a core/loop
// EventLoop, and the per-run asyncio state: the current loop of get_event_loop()/set_event_loop().
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "loop/event_loop.hpp"
#include "python/object.hpp"

namespace py {

struct BaseExceptionObject;

extern Type* loop_type;

class LoopAsyncGens;

struct LoopObject : Object {
  LoopObject();
  ~LoopObject() override;
  std::unique_ptr<aio::EventLoop> loop;
  std::unique_ptr<LoopAsyncGens> asyncgens;
};

inline bool is_loop(const Value& v) { return v.is_object() && v.type()->is_subtype_of(loop_type); }
inline LoopObject* as_loop(const Value& v) { return static_cast<LoopObject*>(v.object()); }

// A new event loop for this run (asyncio.new_event_loop()).
Value new_event_loop();
// The running loop or, outside one, the current loop, created and set when there is none
// (asyncio.get_event_loop() as the tutorial uses it). Never fails except on MemoryError.
Value get_event_loop();
// The running loop, or an empty Value (no exception set).
Value running_loop_object();
// The running loop, or RuntimeError "no running event loop".
Value get_running_loop();
void set_event_loop(Value loop);
// The LoopObject owning a core loop.
LoopObject* loop_object_of(const aio::EventLoop& loop);
// Every loop the run created, for the end-of-run reports ("Task was destroyed but it is pending!").
std::vector<Value> all_loops();

// A callback raised: the loop's exception handler reports it ("Exception in callback f(1) at
// main.py:3" and the traceback on stderr), except KeyboardInterrupt and SystemExit, which stop the
// loop and come out of run_until_complete()/run_forever(), as in asyncio. Takes the current error.
void report_callback_error(const Value& fn, std::span<const Value> args);
// asyncio's default exception handler, as logging prints it on stderr: the message, `key: subject`
// (a repr), then the exception's traceback if there is one.
void report_loop_error(const std::string& message, const char* key, const std::string& subject,
                       BaseExceptionObject* exc);

void init_loop_types();

}  // namespace py
