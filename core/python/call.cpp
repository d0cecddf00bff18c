// Calling Python functions: binding arguments to parameters with CPython's TypeErrors, and the
// nested loop that runs a call made from C++.
#include <string>
#include <vector>

#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/function_object.hpp"
#include "python/generator_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"

namespace py {
namespace {

constexpr int kMaxNestedLoops = 150;

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's missing_arguments list).
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

class Binder {
 public:
  Binder(FunctionObject* fn, Frame* frame) : fn_(fn), code_(*fn->code), slots_(frame->localsplus()) {}

  bool bind(const Args& args) {
    const int argcount = code_.argcount;
    const int total = argcount + code_.kwonlyargcount;
    const bool varargs = (code_.flags & kCodeVarargs) != 0;
    Ref<DictObject> kwdict;
    if (code_.flags & kCodeVarKeywords) {
      kwdict = make_dict();
      slots_[total + (varargs ? 1 : 0)] = Value(kwdict);
    }
    const int given = static_cast<int>(args.pos.size());
    const int copied = given < argcount ? given : argcount;
    for (int i = 0; i < copied; ++i) slots_[i] = args.pos[static_cast<std::size_t>(i)];
    if (varargs) {
      std::vector<Value> extra(args.pos.begin() + copied, args.pos.end());
      slots_[total] = Value(make_tuple(std::move(extra)));
    }
    for (std::size_t k = 0; k < args.kw_values.size(); ++k) {
      if (!bind_keyword(args.kw_names[k], args.kw_values[k], kwdict.get(), args)) return false;
    }
    if (given > argcount && !varargs) return too_many_positional(given);
    return fill_positional_defaults(given) && fill_kwonly_defaults();
  }

 private:
  std::string fname() const { return (fn_->qualname ? fn_->qualname->text() : code_.qualname->text()) + "()"; }
  const std::string& param(int i) const { return code_.localsplus_names[static_cast<std::size_t>(i)]->text(); }

  int find_parameter(StrObject* name) const {
    const int total = code_.argcount + code_.kwonlyargcount;
    for (int i = code_.posonlyargcount; i < total; ++i) {
      if (code_.localsplus_names[static_cast<std::size_t>(i)].get() == name) return i;
    }
    for (int i = code_.posonlyargcount; i < total; ++i) {
      if (param(i) == name->view()) return i;
    }
    return -1;
  }

  bool bind_keyword(StrObject* name, const Value& value, DictObject* kwdict, const Args& args) {
    const int i = find_parameter(name);
    if (i < 0) {
      if (kwdict != nullptr) {
        kwdict->set_str(name, value);
        return true;
      }
      if (positional_only_passed_as_keyword(args)) return false;
      raise_format(type_error_type, "%s got an unexpected keyword argument '%s'", fname().c_str(), name->text().c_str());
      return false;
    }
    if (slots_[i]) {
      raise_format(type_error_type, "%s got multiple values for argument '%s'", fname().c_str(), name->text().c_str());
      return false;
    }
    slots_[i] = value;
    return true;
  }

  bool positional_only_passed_as_keyword(const Args& args) {
    std::vector<std::string> names;
    for (int i = 0; i < code_.posonlyargcount; ++i) {
      for (StrObject* kw : args.kw_names) {
        if (kw->view() == param(i)) {
          names.push_back(param(i));
          break;
        }
      }
    }
    if (names.empty()) return false;
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
    // Plural whatever the count, as CPython 3.11.
    raise_format(type_error_type, "%s got some positional-only arguments passed as keyword arguments: '%s'",
                 fname().c_str(), joined.c_str());
    return true;
  }

  bool too_many_positional(int given) {
    const int argcount = code_.argcount;
    const int defcount = fn_->defaults ? static_cast<int>(fn_->defaults->items.size()) : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + code_.kwonlyargcount; ++i) kwonly_given += slots_[i] ? 1 : 0;
    std::string sig;
    bool plural;
    if (defcount > 0) {
      sig = "from " + std::to_string(argcount - defcount) + " to " + std::to_string(argcount);
      plural = true;
    } else {
      sig = std::to_string(argcount);
      plural = argcount != 1;
    }
    std::string kwonly_sig;
    if (kwonly_given > 0) {
      kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                   std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    }
    raise_format(type_error_type, "%s takes %s positional argument%s but %d%s %s given", fname().c_str(), sig.c_str(),
                 plural ? "s" : "", given, kwonly_sig.c_str(), given == 1 && kwonly_given == 0 ? "was" : "were");
    return false;
  }

  bool missing(const std::vector<std::string>& names, const char* kind) {
    raise_format(type_error_type, "%s missing %d required %s argument%s: %s", fname().c_str(),
                 static_cast<int>(names.size()), kind, names.size() == 1 ? "" : "s", quoted_list(names).c_str());
    return false;
  }

  bool fill_positional_defaults(int given) {
    const int argcount = code_.argcount;
    if (given >= argcount) return true;
    const int defcount = fn_->defaults ? static_cast<int>(fn_->defaults->items.size()) : 0;
    const int required = argcount - defcount;
    std::vector<std::string> absent;
    for (int i = given; i < required; ++i) {
      if (!slots_[i]) absent.push_back(param(i));
    }
    if (!absent.empty()) return missing(absent, "positional");
    for (int i = given > required ? given - required : 0; i < defcount; ++i) {
      if (!slots_[required + i]) slots_[required + i] = fn_->defaults->items[static_cast<std::size_t>(i)];
    }
    return true;
  }

  bool fill_kwonly_defaults() {
    std::vector<std::string> absent;
    for (int i = code_.argcount; i < code_.argcount + code_.kwonlyargcount; ++i) {
      if (slots_[i]) continue;
      if (is_dict(fn_->kwdefaults)) {
        Value v = as_dict(fn_->kwdefaults)->get_str(code_.localsplus_names[static_cast<std::size_t>(i)].get());
        if (v) {
          slots_[i] = std::move(v);
          continue;
        }
      }
      absent.push_back(param(i));
    }
    return absent.empty() || missing(absent, "keyword-only");
  }

  FunctionObject* fn_;
  const CodeObject& code_;
  Value* slots_;
};

// Runs `frame` to completion in a nested loop (a call made from C++).
Value run_nested(Interpreter::State& st, Frame* frame) {
  if (!nested_loop_allowed(st)) {
    if (frame->generator == nullptr) Frame::destroy(frame);
    return nullptr;
  }
  // A Ctrl+C (interrupt()) lands on entering a function called from C++ too, as CPython's RESUME
  // checks for it: else list() of an endless iterator whose __next__ calls only built-ins, with no
  // loop or Python call where the VM looks, could not be stopped.
  if (st.interrupt_requested.exchange(false)) {
    if (frame->generator == nullptr) Frame::destroy(frame);
    raise_no_args(keyboard_interrupt_type);
    return nullptr;
  }
  frame->is_entry = true;
  if (!push_frame(st, frame)) return nullptr;
  ++st.nested_loops;
  LoopResult result = run_loop(st, false, false);
  --st.nested_loops;
  return result.exit == LoopExit::returned ? std::move(result.value) : Value();
}

Interpreter::State& running_state() {
  Interpreter::State* st = current_state();
  assert(st != nullptr && "Python code runs only inside Interpreter::step()");
  return *st;
}

}  // namespace

bool nested_loop_allowed(const Interpreter::State& st) {
  if (st.nested_loops < kMaxNestedLoops) return true;
  clear_error();  // it replaces an exception being thrown into a generator
  raise(recursion_error_type, "maximum recursion depth exceeded while calling a Python object");
  return false;
}

Frame* make_call_frame(FunctionObject* function, const Args& args) {
  Value builtins = function->builtins ? function->builtins : Value(Ref<DictObject>::borrow(vm_builtins()));
  Frame* frame = Frame::create(function->code, Ref<FunctionObject>::borrow(function), function->globals,
                               std::move(builtins), Value());
  if (!Binder(function, frame).bind(args)) {
    Frame::destroy(frame);
    return nullptr;
  }
  return frame;
}

Frame* make_positional_frame(FunctionObject* function, Value* args, std::size_t count) {
  Value builtins = function->builtins ? function->builtins : Value(Ref<DictObject>::borrow(vm_builtins()));
  Frame* frame = Frame::create(function->code, Ref<FunctionObject>::borrow(function), function->globals,
                               std::move(builtins), Value());
  Value* slots = frame->localsplus();
  for (std::size_t i = 0; i < count; ++i) slots[i] = std::move(args[i]);
  return frame;
}

Value vm_call(FunctionObject* function, const Args& args) {
  Frame* frame = make_call_frame(function, args);
  if (frame == nullptr) return nullptr;
  if (is_generator_code(*frame->code)) return make_generator(frame);
  return run_nested(running_state(), frame);
}

Value vm_run_module_body(Ref<CodeObject> code, const Value& globals) {
  Frame* frame = Frame::create(std::move(code), nullptr, globals, Value(Ref<DictObject>::borrow(vm_builtins())), globals);
  return run_nested(running_state(), frame);
}

Value vm_run_class_body(FunctionObject* body, const Value& namespace_dict) {
  Value builtins = body->builtins ? body->builtins : Value(Ref<DictObject>::borrow(vm_builtins()));
  Frame* frame = Frame::create(body->code, Ref<FunctionObject>::borrow(body), body->globals, std::move(builtins),
                               namespace_dict);
  return run_nested(running_state(), frame);
}

}  // namespace py
