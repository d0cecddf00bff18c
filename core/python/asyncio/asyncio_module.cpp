// The asyncio module: its functions and classes, and the state it keeps per run.
#include "python/asyncio/asyncio_module.hpp"

#include "python/args.hpp"
#include "python/asyncio/bridge.hpp"
#include "python/asyncio/future_object.hpp"
#include "python/asyncio/handle_object.hpp"
#include "python/asyncio/loop_asyncgens.hpp"
#include "python/asyncio/loop_object.hpp"
#include "python/asyncio/native_coroutine.hpp"
#include "python/asyncio/sleep.hpp"
#include "python/asyncio/task_object.hpp"
#include "python/builtin_modules.hpp"
#include "python/code.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/generator_object.hpp"
#include "python/module_registry.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/str_object.hpp"
#include "python/vm.hpp"

namespace py {

Type* cancelled_error_type = nullptr;
Type* invalid_state_error_type = nullptr;

void init_gathering_future_type();
void init_as_completed_type();

namespace {

Type* asyncio_module_type = nullptr;

Value optional_loop(const Value& loop) { return loop && !is_none(loop) ? loop : get_event_loop(); }

Value asyncio_get_event_loop(const Value&, const Args& args) {
  if (!check_no_args(args, "get_event_loop")) return nullptr;
  return get_event_loop();
}

Value asyncio_new_event_loop(const Value&, const Args& args) {
  if (!check_no_args(args, "new_event_loop")) return nullptr;
  return new_event_loop();
}

Value asyncio_set_event_loop(const Value&, const Args& args) {
  if (!check_one_arg(args, "set_event_loop")) return nullptr;
  if (!is_none(args[0]) && !is_loop(args[0])) {
    return raise_format(type_error_type, "loop must be an instance of AbstractEventLoop or None, not '%s'",
                        args[0].type()->name.c_str());
  }
  set_event_loop(is_none(args[0]) ? Value() : args[0]);
  return none();
}

Value asyncio_get_running_loop(const Value&, const Args& args) {
  if (!check_no_args(args, "get_running_loop")) return nullptr;
  return get_running_loop();
}

Value asyncio_running_loop_or_none(const Value&, const Args& args) {
  if (!check_no_args(args, "_get_running_loop")) return nullptr;
  Value loop = running_loop_object();
  return loop ? loop : none();
}

Value asyncio_create_task(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "create_task", .names = {"coro", "name", "context"}, .minpos = 1, .maxpos = 1};
  Value params[3];
  if (!parse_args(args, spec, params)) return nullptr;
  Value loop = get_running_loop();
  if (!loop) {
    // As CPython, the coroutine is closed so that it does not warn as well.
    if (is_generator_object(params[0])) {
      Ref<BaseExceptionObject> pending = fetch_error();
      gen_close(as_generator(params[0]));
      restore_error(std::move(pending));
    }
    return nullptr;
  }
  return create_task(loop, params[0], params[1]);
}

Value asyncio_ensure_future(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "ensure_future", .names = {"coro_or_future", "loop"}, .minpos = 1, .maxpos = 1};
  Value params[2];
  if (!parse_args(args, spec, params)) return nullptr;
  return ensure_future(params[0], params[1] && !is_none(params[1]) ? params[1] : Value());
}

Value asyncio_current_task(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "current_task", .names = {"loop"}};
  Value params[1];
  if (!parse_args(args, spec, params)) return nullptr;
  Value loop = params[0] && !is_none(params[0]) ? params[0] : get_running_loop();
  if (!loop) return nullptr;
  Value task = current_python_task(as_loop(loop));
  return task ? task : none();
}

Value asyncio_all_tasks(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "all_tasks", .names = {"loop"}};
  Value params[1];
  if (!parse_args(args, spec, params)) return nullptr;
  Value loop = params[0] && !is_none(params[0]) ? params[0] : get_running_loop();
  if (!loop) return nullptr;
  return pending_tasks_set(as_loop(loop));
}

Value asyncio_iscoroutine(const Value&, const Args& args) {
  if (!check_one_arg(args, "iscoroutine")) return nullptr;
  return py_bool(is_coroutine_object(args[0]));
}

Value asyncio_iscoroutinefunction(const Value&, const Args& args) {
  if (!check_one_arg(args, "iscoroutinefunction")) return nullptr;
  Value fn = unwrap_partial(args[0]);
  if (fn.type() == method_type) fn = unwrap_partial(static_cast<MethodObject*>(fn.object())->function);
  bool result = fn.type() == function_type &&
                (static_cast<FunctionObject*>(fn.object())->code->flags & kCodeCoroutine) != 0;
  return py_bool(result);
}

Value asyncio_isfuture(const Value&, const Args& args) {
  if (!check_one_arg(args, "isfuture")) return nullptr;
  return py_bool(is_future(args[0]));
}

Type* new_asyncio_exception(const char* name, const char* module, Type* base) {
  Type* t = new_module_type(name, module, Type::kBaseType | Type::kHasDict | Type::kIsException, base);
  finish_module_type(t);
  return t;
}

// The parts CPython writes in Python (frozen/asyncio/*.py): each is a submodule, and the package
// exports its __all__. They load on first use of one of their names, not at `import asyncio`:
// compiling them costs a program that never uses them ~0.3 ms natively and ~35 ms in wasm.
struct FrozenPart {
  const char* submodule;
  std::initializer_list<const char*> names;  // its __all__
};
const FrozenPart kFrozenParts[] = {
    {"exceptions", {}},
    {"locks", {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore"}},
    {"queues", {"Queue", "LifoQueue", "QueueFull", "QueueEmpty"}},
    {"tasks", {"wait_for", "shield"}},
    {"timeouts", {"Timeout", "timeout", "timeout_at"}},
};

const FrozenPart* frozen_part_defining(std::string_view name) {
  for (const FrozenPart& part : kFrozenParts) {
    if (name == part.submodule) return &part;
    for (const char* n : part.names) {
      if (name == n) return &part;
    }
  }
  return nullptr;
}

// Module attribute lookup, then the lazily loaded parts (import_module() binds the submodule as
// an attribute; its names are copied into the package).
Value asyncio_module_getattr(const Value& self, StrObject* name) {
  if (Value v = module_type->getattr(self, name)) return v;
  const FrozenPart* part = frozen_part_defining(name->view());
  if (part == nullptr || !error_matches(attribute_error_type)) return nullptr;
  clear_error();
  Value submodule = import_module(intern(std::string("asyncio.") + part->submodule));
  if (!submodule) return nullptr;
  auto& package = *static_cast<AsyncioModuleObject*>(self.object());
  for (const char* n : part->names) {
    Value value = getattr(submodule, n);
    if (!value) return nullptr;
    package.dict->set_str(intern(n), std::move(value));
  }
  return module_type->getattr(self, name);
}

}  // namespace

AsyncioModuleObject::AsyncioModuleObject() : ModuleObject("asyncio") { set_type(asyncio_module_type); }

AsyncioModuleObject* loaded_asyncio_state() {
  Value module = vm_modules()->get_str(intern("asyncio"));
  return module && module.type() == asyncio_module_type ? static_cast<AsyncioModuleObject*>(module.object()) : nullptr;
}

AsyncioModuleObject* asyncio_state() {
  if (AsyncioModuleObject* state = loaded_asyncio_state()) return state;
  return static_cast<AsyncioModuleObject*>(import_module(intern("asyncio")).object());
}

Value ensure_future(const Value& obj, const Value& loop) {
  if (is_future(obj)) {
    if (loop && as_future(obj)->loop_object() != as_loop(loop)) {
      return raise_value_error("The future belongs to a different loop than the one specified as the loop argument");
    }
    return obj;
  }
  if (is_coroutine_object(obj)) {
    Value l = optional_loop(loop);
    if (!l) return nullptr;
    return create_task(l, obj, Value());
  }
  if (lookup_special(obj, "__await__")) {
    // Any awaitable: a task runs asyncio.tasks._wrap_awaitable(obj), as CPython 3.11's does.
    Value tasks = import_module(intern("asyncio.tasks"));
    Value wrap = tasks ? getattr(tasks, "_wrap_awaitable") : Value();
    Value coro = wrap ? call(wrap, {obj}) : Value();
    return coro ? ensure_future(coro, loop) : Value();
  }
  return raise_type_error("An asyncio.Future, a coroutine or an awaitable is required");
}

void report_pending_tasks_at_exit() {
  DictObject* modules = vm_modules();
  if (modules == nullptr) return;  // the program did not compile
  Value module = modules->get_str(intern("asyncio"));
  if (!module || module.type() != asyncio_module_type) return;
  for (const Value& loop : static_cast<AsyncioModuleObject*>(module.object())->loops) {
    for (const aio::Ref<aio::TaskBase>& t : as_loop(loop)->loop->all_tasks()) {
      TaskObject* task = python_task_of(t.get());
      if (task == nullptr || !task->log_destroy_pending) continue;
      task->log_destroy_pending = false;
      std::string text;
      if (!task_repr_text(task, text)) {
        clear_error();
        continue;
      }
      report_loop_error("Task was destroyed but it is pending!", "task", text, nullptr);
    }
  }
}

Ref<ModuleObject> make_asyncio_module() {
  Ref<AsyncioModuleObject> module = make<AsyncioModuleObject>();
  add_functions(*module, {
                             {"get_event_loop", asyncio_get_event_loop},
                             {"new_event_loop", asyncio_new_event_loop},
                             {"set_event_loop", asyncio_set_event_loop},
                             {"get_running_loop", asyncio_get_running_loop},
                             {"_get_running_loop", asyncio_running_loop_or_none},
                             {"run", asyncio_run},
                             {"create_task", asyncio_create_task},
                             {"ensure_future", asyncio_ensure_future},
                             {"sleep", asyncio_sleep},
                             {"wait", asyncio_wait},
                             {"gather", asyncio_gather},
                             {"as_completed", asyncio_as_completed},
                             {"current_task", asyncio_current_task},
                             {"all_tasks", asyncio_all_tasks},
                             {"iscoroutine", asyncio_iscoroutine},
                             {"iscoroutinefunction", asyncio_iscoroutinefunction},
                             {"isfuture", asyncio_isfuture},
                         });
  add_value(*module, "FIRST_COMPLETED", make_str("FIRST_COMPLETED"));
  add_value(*module, "FIRST_EXCEPTION", make_str("FIRST_EXCEPTION"));
  add_value(*module, "ALL_COMPLETED", make_str("ALL_COMPLETED"));
  add_value(*module, "Future", Value::borrow(future_type));
  add_value(*module, "Task", Value::borrow(task_type));
  add_value(*module, "Handle", Value::borrow(handle_type));
  add_value(*module, "TimerHandle", Value::borrow(timer_handle_type));
  add_value(*module, "CancelledError", Value::borrow(cancelled_error_type));
  add_value(*module, "InvalidStateError", Value::borrow(invalid_state_error_type));
  add_value(*module, "TimeoutError", Value::borrow(timeout_error_type));
  return module;
}

void init_asyncio_types() {
  asyncio_module_type = new_module_type("module", "builtins", 0, module_type);
  finish_module_type(asyncio_module_type);
  asyncio_module_type->getattr = asyncio_module_getattr;
  cancelled_error_type = new_asyncio_exception("CancelledError", "asyncio.exceptions", base_exception_type);
  invalid_state_error_type = new_asyncio_exception("InvalidStateError", "asyncio.exceptions", exception_type);
  init_native_coroutine_type();
  install_async_gen_hooks();
  init_future_type();
  init_task_type();
  init_gathering_future_type();
  init_as_completed_type();
  init_handle_types();
  init_loop_types();
}

}  // namespace py
