// Pieces of the eval loop shared by its files (eval.cpp runs instructions, eval_exceptions.cpp
// unwinds, eval_helpers.cpp implements the longer opcodes, call.cpp binds arguments).
// Internal to the VM area.
#pragma once

#include <cstdint>

#include "python/exception_object.hpp"
#include "python/frame.hpp"
#include "python/vm_state.hpp"

namespace py {

struct GeneratorObject;

// How a run of the loop ended.
enum class LoopExit : std::uint8_t {
  returned,      // the entry frame returned `value`
  yielded,       // the entry frame (a generator's) yielded `value`
  raised,        // the entry frame raised: the exception is set
  out_of_budget, // the outermost loop used up its slice: call run_loop again to continue
  suspended,     // a built-in suspended the program (state.suspension)
};

struct LoopResult {
  LoopExit exit = LoopExit::returned;
  Value value;
};

// Runs state.current_frame until its entry frame (Frame::is_entry) returns, yields or raises.
// `outermost`: the host-driven loop, which may stop for the time slice or a suspension. With
// `start_with_error` the current exception is raised at the current frame's last instruction first
// (a throw() into a generator, a suspension that failed).
LoopResult run_loop(Interpreter::State& state, bool outermost, bool start_with_error);
// Whether one more C++ -> Python loop may start (vm_call, a generator resumed from C++): each
// costs native stack (the wasm build has 1 MB), so past 150 of them RecursionError is raised
// (replacing any pending exception) and false returned, instead of overflowing it.
bool nested_loop_allowed(const Interpreter::State& state);

// What vm_suspend() returns: the CALL that sees it suspends the program.
extern Object* suspend_marker;
inline bool is_suspend_marker(const Value& v) { return v.is(suspend_marker); }

// ---- frames ----
// Pushes `frame` on the running chain (it becomes state.current_frame); false with RecursionError
// past the recursion limit, in which case the frame is destroyed (unless a generator owns it).
bool push_frame(Interpreter::State& state, Frame* frame);
// Unlinks the current frame (which must be `frame`) and makes its caller current; destroys it
// unless a generator owns it.
void pop_frame(Interpreter::State& state, Frame* frame);

// ---- calls (call.cpp) ----
// A frame for calling `function` with `args` bound to its parameters; nullptr with TypeError.
Frame* make_call_frame(FunctionObject* function, const Args& args);
// The most common call, bound without the general binder: `count` positional arguments to a
// function whose parameters are exactly that many positional ones. They move out of `args`.
inline bool takes_exactly(const CodeObject& code, std::size_t count) {
  return (code.flags & (kCodeVarargs | kCodeVarKeywords)) == 0 && code.kwonlyargcount == 0 &&
         static_cast<std::size_t>(code.argcount) == count;
}
Frame* make_positional_frame(FunctionObject* function, Value* args, std::size_t count);
// Whether calling code makes a generator, coroutine or async generator instead of running it.
inline bool is_generator_code(const CodeObject& code) {
  return (code.flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) != 0;
}

// ---- exceptions (eval_exceptions.cpp) ----
// Adds `frame` at its last instruction to the current exception's traceback.
void add_traceback_entry(Frame* frame);
// RAISE_VARARGS 1/2: raise `exc` (a class or an instance), `cause` may be empty. Always sets an
// exception (TypeError when the operands are not exceptions).
void do_raise(const Value& exc, const Value& cause);
// CHECK_EXC_MATCH: 1, 0, or -1 with TypeError when `match` is not an exception class (or a tuple
// of them).
int exception_matches(const Value& exc, const Value& match);
// The innermost non-None exception being handled, or nullptr.
BaseExceptionObject* top_handled_exception(const ExcInfo* info);

// ---- the longer opcodes (eval_helpers.cpp) ----
Value raise_unbound_local(const CodeObject& code, int slot);      // LOAD_FAST, LOAD_DEREF on a cell
Value raise_unbound_free(const CodeObject& code, int slot);       // LOAD_DEREF on a free variable
Value raise_name_error(StrObject* name);                          // "name 'x' is not defined"
// UNPACK_SEQUENCE: the items of `seq`, last first (so the first ends up on top of the stack).
bool unpack_sequence(const Value& seq, int count, Value* out);
// UNPACK_EX: before, a list of the middle, after; written last first.
bool unpack_ex(const Value& seq, int before, int after, Value* out);
Value format_value(const Value& value, int conversion, const Value& spec);
Value build_string(const Value* items, int count);
Value build_set(const Value* items, int count);
Value build_slice(const Value& start, const Value& stop, const Value& step);
bool set_add(const Value& set, const Value& item);
bool set_update(const Value& set, const Value& iterable);
bool list_extend(const Value& list, const Value& iterable);
// DICT_UPDATE (`{**a}`) and DICT_MERGE (`f(**a)`, duplicate keys are an error naming `callee`).
bool dict_update(const Value& dict, const Value& other);
bool dict_merge(const Value& dict, const Value& other, const Value& callee);
// CALL_FUNCTION_EX's positional arguments as a tuple ("argument after * must be an iterable").
Value call_args_tuple(const Value& callee, const Value& args);
// The callee's name as CPython's messages print it: "__main__.f()", "print()".
std::string function_display_name(const Value& callee);
Value make_function(Frame* frame, Value code, std::uint32_t flags, Value* operands);
// BEFORE_WITH / BEFORE_ASYNC_WITH: the bound exit and enter methods.
bool lookup_context_manager(const Value& manager, bool async, Value& exit, Value& enter);
Value load_name(Frame* frame, StrObject* name);
Value load_global(Frame* frame, StrObject* name);
// LOAD_GLOBAL of frame->code->names[name_index], remembering where it was found.
Value load_global_cached(Frame* frame, std::uint32_t name_index);
Value load_class_deref(Frame* frame, int slot);
bool store_name(Frame* frame, StrObject* name, const Value& value);
bool delete_name(Frame* frame, StrObject* name);
bool import_star(Frame* frame, const Value& module);
// LOAD_METHOD: pushes [method, self] when the attribute is a plain function or method descriptor
// found on the type, else [empty, attribute].
bool load_method(const Value& obj, StrObject* name, Value& method, Value& self);
// Binds a special method found on the type (`__enter__`) to `obj`.
Value bind_special(const Value& descriptor, const Value& obj);
// The special method `descriptor` (found by lookup_special) bound to `obj` and called with no
// arguments: `type(obj).__aiter__(obj)`.
Value call_special(const Value& descriptor, const Value& obj);

// ---- awaiting (generator_object.cpp) ----
Value get_awaitable(const Value& obj, int where);
Value get_aiter(const Value& obj);
Value get_anext(const Value& aiter);
Value get_yield_from_iter(Frame* frame, const Value& iterable);

}  // namespace py
