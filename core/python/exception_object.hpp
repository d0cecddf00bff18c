// BaseException and its subclasses' instances.
#pragma once

#include "python/errors.hpp"
#include "python/object.hpp"
#include "python/tuple_object.hpp"

namespace py {

struct TracebackObject;

struct BaseExceptionObject : Object {
  explicit BaseExceptionObject(Type* type);
  Ref<TupleObject> args;            // never null once constructed
  Value cause;                      // __cause__ (empty = None)
  Value context;                    // __context__
  Ref<TracebackObject> traceback;   // __traceback__
  bool suppress_context = false;    // __suppress_context__
  // Subclass state (CPython keeps these in subclass structs; one layout is simpler here):
  Value value;                      // StopIteration.value, SystemExit.code
  Value name;                       // NameError.name, AttributeError.name ("Did you mean" hints)
  Value obj;                        // AttributeError.obj
};

// One frame's entry in a traceback (tb_next chain, innermost last), as CPython.
extern Type* traceback_type;
struct TracebackObject : Object {
  TracebackObject(Ref<TracebackObject> next, Value code, int lasti, int line);
  Ref<TracebackObject> next;
  Value code;     // the CodeObject
  int lasti;      // the instruction, for its position (carets)
  int line;
  Value globals;  // the frame's globals, for NameError's "Did you mean" (suggestions.hpp)
  // What a stand-in for a CPython library frame keeps alive, as CPython's frame keeps its locals
  // while a traceback refers to it (asyncio/stdlib_frames.hpp).
  Value locals;
};

// Instantiates an exception class with the given args (calling user __init__ when it has one).
Value make_exception(Type* type, std::vector<Value> args);
inline bool is_exception_instance(const Value& v) {
  return v.is_object() && (v.type()->flags & Type::kIsException);
}
inline BaseExceptionObject* as_exception(const Value& v) { return static_cast<BaseExceptionObject*>(v.object()); }

}  // namespace py
