// asyncio.gather(): a _GatheringFuture that collects its children's results in order
// (Lib/asyncio/tasks.py's gather and _GatheringFuture, with the same done-callback logic).
#include <vector>

#include "python/args.hpp"
#include "python/asyncio/asyncio_module.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

Type* gathering_future_type = nullptr;

struct GatheringFutureObject : FutureObject {
  GatheringFutureObject(Value loop, bool return_exceptions)
      : FutureObject(gathering_future_type, std::move(loop)), return_exceptions(return_exceptions) {}
  std::vector<Value> children;
  std::size_t nfuts = 0;
  std::size_t nfinished = 0;
  bool return_exceptions;
  bool cancel_requested = false;
};

GatheringFutureObject* as_gathering(const Value& v) { return static_cast<GatheringFutureObject*>(v.object()); }

// The value a child contributes to gather's result list.
Value child_outcome(FutureObject* child) {
  aio::FutureBase& core = *child->core;
  if (core.cancelled()) {
    std::optional<std::string> message = core.cancel_message();
    return make_cancelled_error(message ? message : std::optional<std::string>(""));
  }
  if (std::exception_ptr error = core.exception()) return to_python_exception(error);
  return child->result ? child->result : none();
}

void set_outer_exception(GatheringFutureObject* outer, Ref<BaseExceptionObject> exc) {
  if (!future_set_exception(outer, std::move(exc))) clear_error();
}

// gather.<locals>._done_callback
void child_done(const Value& outer_value, FutureObject* fut) {
  GatheringFutureObject* outer = as_gathering(outer_value);
  outer->nfinished++;
  aio::FutureBase& core = *fut->core;
  if (outer->core->done()) {
    if (!core.cancelled()) (void)core.exception();  // retrieved: nobody else will
    return;
  }
  if (!outer->return_exceptions) {
    if (core.cancelled()) {
      set_outer_exception(outer, to_python_exception(core.make_cancelled_error()));
      return;
    }
    if (std::exception_ptr error = core.exception()) {
      set_outer_exception(outer, to_python_exception(error));
      return;
    }
  }
  if (outer->nfinished != outer->nfuts) return;
  std::vector<Value> results;
  results.reserve(outer->children.size());
  for (const Value& child : outer->children) results.push_back(child_outcome(as_future(child)));
  if (outer->cancel_requested) {
    set_outer_exception(outer, to_python_exception(core.make_cancelled_error()));
  } else if (!future_set_result(outer, make_list(std::move(results)))) {
    clear_error();
  }
}

// Cancelling a gather cancels its children, and a child task cancels the future it waits on: when
// tasks wait on gathers of each other (a deadlock), cancel() goes round without end. CPython's
// _GatheringFuture.cancel is Python and ends in RecursionError; this C++ one counts its depth so
// that the native stack stays bounded.
constexpr int kMaxGatherCancelDepth = 200;
int gather_cancel_depth = 0;

Value gathering_cancel(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "cancel", .names = {"msg"}};
  Value msg[1];
  if (!parse_args(args, spec, msg)) return nullptr;
  GatheringFutureObject* outer = as_gathering(self);
  if (outer->core->done()) return py_bool(false);
  if (gather_cancel_depth >= kMaxGatherCancelDepth) return raise(recursion_error_type, "maximum recursion depth exceeded");
  struct Depth {
    Depth() { ++gather_cancel_depth; }
    ~Depth() { --gather_cancel_depth; }
  } depth;
  bool cancelled_any = false;
  for (const Value& child : outer->children) {
    Value r = call_method(child, "cancel", {msg[0] ? msg[0] : none()});
    if (!r) return nullptr;
    int t = truthy(r);
    if (t < 0) return nullptr;
    cancelled_any = cancelled_any || t;
  }
  if (cancelled_any) outer->cancel_requested = true;
  return py_bool(cancelled_any);
}

}  // namespace

Value gather_returning_exceptions(std::span<const Value> awaitables) {
  Value kw_value = py_bool(true);
  StrObject* kw_name = intern("return_exceptions");
  return asyncio_gather(Value(), Args{awaitables, std::span<const Value>(&kw_value, 1), std::span<StrObject* const>(&kw_name, 1)});
}

Value asyncio_gather(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "gather", .names = {"return_exceptions"}, .maxpos = 0, .varargs = true};
  Value params[1];
  if (!parse_args(args, spec, params)) return nullptr;
  int return_exceptions = params[0] ? truthy(params[0]) : 0;
  if (return_exceptions < 0) return nullptr;
  if (args.pos.empty()) {
    Value loop = get_event_loop();
    if (!loop) return nullptr;
    Value outer = make_future(loop);
    if (!future_set_result(as_future(outer), make_list())) return nullptr;
    return outer;
  }
  // Children first, so that the outer future is on the first child's loop.
  std::vector<Value> children;
  Ref<DictObject> arg_to_fut = make_dict();
  Value loop;
  for (const Value& arg : args.pos) {
    Value fut = arg_to_fut->get(arg);
    if (!fut) {
      if (error_occurred()) return nullptr;
      fut = ensure_future(arg, loop);
      if (!fut) return nullptr;
      if (!loop) loop = as_future(fut)->loop;
      if (!fut.is(arg)) set_log_destroy_pending(fut, false);
      if (!arg_to_fut->set(arg, fut)) return nullptr;
    }
    children.push_back(std::move(fut));
  }
  Ref<GatheringFutureObject> outer = make<GatheringFutureObject>(loop, return_exceptions != 0);
  outer->core = aio::Ref<aio::FutureBase>(new PyFutureCore(*as_loop(loop)->loop, outer.get()));
  outer->nfuts = static_cast<std::size_t>(arg_to_fut->size());
  for (const DictObject::Entry& e : arg_to_fut->entries()) {
    if (!e.key) continue;
    add_native_done_callback(as_future(e.value), child_done, Value(outer),
                             "gather.<locals>._done_callback() at asyncio/tasks.py:764");
  }
  outer->children = std::move(children);
  return outer;
}

void init_gathering_future_type() {
  gathering_future_type = new_module_type("_GatheringFuture", "asyncio.tasks", Type::kBaseType, future_type);
  finish_module_type(gathering_future_type);
  add_method(gathering_future_type, "cancel", gathering_cancel);
}

}  // namespace py
