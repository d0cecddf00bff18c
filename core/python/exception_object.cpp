// BaseException, the built-in exception hierarchy (CPython's, for the classes we raise or
// programs name) and traceback objects.
#include "python/exception_object.hpp"

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/type_object.hpp"

namespace py {

Type* base_exception_type = nullptr;
Type* exception_type = nullptr;
Type* keyboard_interrupt_type = nullptr;
Type* system_exit_type = nullptr;
Type* generator_exit_type = nullptr;
Type* stop_iteration_type = nullptr;
Type* stop_async_iteration_type = nullptr;
Type* arithmetic_error_type = nullptr;
Type* zero_division_error_type = nullptr;
Type* overflow_error_type = nullptr;
Type* assertion_error_type = nullptr;
Type* attribute_error_type = nullptr;
Type* lookup_error_type = nullptr;
Type* index_error_type = nullptr;
Type* key_error_type = nullptr;
Type* name_error_type = nullptr;
Type* unbound_local_error_type = nullptr;
Type* runtime_error_type = nullptr;
Type* recursion_error_type = nullptr;
Type* not_implemented_error_type = nullptr;
Type* type_error_type = nullptr;
Type* value_error_type = nullptr;
Type* unicode_error_type = nullptr;
Type* memory_error_type = nullptr;
Type* os_error_type = nullptr;
Type* timeout_error_type = nullptr;
Type* syntax_error_type = nullptr;
Type* indentation_error_type = nullptr;
Type* tab_error_type = nullptr;
Type* import_error_type = nullptr;
Type* module_not_found_error_type = nullptr;
Type* eof_error_type = nullptr;
Type* warning_type = nullptr;
Type* deprecation_warning_type = nullptr;
Type* runtime_warning_type = nullptr;
Type* user_warning_type = nullptr;
Type* traceback_type = nullptr;

BaseExceptionObject::BaseExceptionObject(Type* type) : Object(type), args(empty_tuple()) {}

TracebackObject::TracebackObject(Ref<TracebackObject> next_entry, Value code_object, int instr, int line_number)
    : Object(traceback_type), next(std::move(next_entry)), code(std::move(code_object)), lasti(instr),
      line(line_number) {}

Value make_exception(Type* type, std::vector<Value> args) {
  return call(Value::borrow(type), Args{args, {}, {}});
}

namespace {

Value or_none(const Value& v) { return v ? v : none(); }
BaseExceptionObject* as_exc(const Value& v) { return as_exception(v); }

Ref<TupleObject> positional_tuple(const Args& args) {
  return make_tuple(std::vector<Value>(args.pos.begin(), args.pos.end()));
}

// The classes whose constructors take the `name` (and `obj`, `path`) keywords.
bool takes_name_keyword(const Type* t) {
  return t->is_subtype_of(name_error_type) || t->is_subtype_of(attribute_error_type) ||
         t->is_subtype_of(import_error_type);
}

Value exception_new(Type* type, const Args& args) {
  Ref<BaseExceptionObject> exc = make<BaseExceptionObject>(type);
  exc->args = positional_tuple(args);
  return exc;
}

bool set_subclass_state(BaseExceptionObject* exc, const Args& args) {
  Type* t = exc->type();
  if (t->is_subtype_of(stop_iteration_type)) {
    exc->value = args.size() > 0 ? args[0] : none();
  } else if (t->is_subtype_of(system_exit_type)) {
    exc->value = args.size() == 0 ? none() : args.size() == 1 ? args[0] : Value(exc->args);
  }
  return true;
}

bool exception_init(const Value& self, const Args& args) {
  BaseExceptionObject* exc = as_exc(self);
  if (args.has_kwargs()) {
    if (!takes_name_keyword(self.type())) {
      raise_format(type_error_type, "%s() takes no keyword arguments", self.type()->name.c_str());
      return false;
    }
    for (std::size_t i = 0; i < args.kw_names.size(); i++) {
      std::string_view key = args.kw_names[i]->view();
      if (key == "name") {
        exc->name = args.kw_values[i];
      } else if (key == "obj" && self.type()->is_subtype_of(attribute_error_type)) {
        exc->obj = args.kw_values[i];
      } else if (key != "path" || !self.type()->is_subtype_of(import_error_type)) {
        raise_format(type_error_type, "'%s' is an invalid keyword argument for %s()", args.kw_names[i]->text().c_str(),
                     self.type()->name.c_str());
        return false;
      }
    }
  }
  exc->args = positional_tuple(Args{args.pos, {}, {}});
  return set_subclass_state(exc, args);
}

Value exception_str(const Value& self) {
  const std::vector<Value>& items = as_exc(self)->args->items;
  if (items.empty()) return make_str("");
  if (items.size() == 1) return str(items[0]);
  return str(as_exc(self)->args);
}

// KeyError('k') prints as 'k': the missing key's repr.
Value key_error_str(const Value& self) {
  const std::vector<Value>& items = as_exc(self)->args->items;
  if (items.size() == 1) return repr(items[0]);
  return exception_str(self);
}

// The short class name: `ValueError('x')`, `MyError()`.
Value exception_repr(const Value& self) {
  const std::vector<Value>& items = as_exc(self)->args->items;
  std::string text;
  if (items.size() == 1) {
    if (!repr_string(items[0], text)) return nullptr;
    text = "(" + text + ")";
  } else if (!repr_string(as_exc(self)->args, text)) {
    return nullptr;
  }
  return make_str(self.type()->name + text);
}

Value exception_with_traceback(const Value& self, const Args& args) {
  if (!check_one_arg(args, "BaseException.with_traceback")) return nullptr;
  const Value& tb = args[0];
  if (!is_none(tb) && tb.type() != traceback_type) return raise_type_error("__traceback__ must be a traceback or None");
  as_exc(self)->traceback = is_none(tb) ? nullptr : Ref<TracebackObject>::borrow(static_cast<TracebackObject*>(tb.object()));
  return self;
}

Value exception_get_args(const Value& self) { return as_exc(self)->args; }
bool exception_set_args(const Value& self, const Value& value) {
  if (!value) {
    raise_type_error("args may not be deleted");
    return false;
  }
  std::vector<Value> items;
  if (!collect(value, items)) return false;
  as_exc(self)->args = make_tuple(std::move(items));
  return true;
}

bool is_exception_or_none(const Value& v) { return is_none(v) || is_exception_instance(v); }

Value exception_get_cause(const Value& self) { return or_none(as_exc(self)->cause); }
bool exception_set_cause(const Value& self, const Value& value) {
  if (!value || !is_exception_or_none(value)) {
    raise_type_error("exception cause must be None or derive from BaseException");
    return false;
  }
  as_exc(self)->cause = is_none(value) ? Value() : value;
  as_exc(self)->suppress_context = true;
  return true;
}

Value exception_get_context(const Value& self) { return or_none(as_exc(self)->context); }
bool exception_set_context(const Value& self, const Value& value) {
  if (!value || !is_exception_or_none(value)) {
    raise_type_error("exception context must be None or derive from BaseException");
    return false;
  }
  as_exc(self)->context = is_none(value) ? Value() : value;
  return true;
}

Value exception_get_suppress_context(const Value& self) { return py_bool(as_exc(self)->suppress_context); }
bool exception_set_suppress_context(const Value& self, const Value& value) {
  int truth = value ? truthy(value) : 0;
  if (truth < 0) return false;
  as_exc(self)->suppress_context = truth != 0;
  return true;
}

Value exception_get_traceback(const Value& self) { return or_none(as_exc(self)->traceback); }
bool exception_set_traceback(const Value& self, const Value& value) {
  if (!value || (!is_none(value) && value.type() != traceback_type)) {
    raise_type_error("__traceback__ must be a traceback or None");
    return false;
  }
  as_exc(self)->traceback =
      is_none(value) ? nullptr : Ref<TracebackObject>::borrow(static_cast<TracebackObject*>(value.object()));
  return true;
}

Value exception_get_value(const Value& self) { return or_none(as_exc(self)->value); }
bool exception_set_value(const Value& self, const Value& value) {
  as_exc(self)->value = value;
  return true;
}
Value exception_get_name(const Value& self) { return or_none(as_exc(self)->name); }
bool exception_set_name(const Value& self, const Value& value) {
  as_exc(self)->name = value;
  return true;
}
Value exception_get_obj(const Value& self) { return or_none(as_exc(self)->obj); }
bool exception_set_obj(const Value& self, const Value& value) {
  as_exc(self)->obj = value;
  return true;
}

// ---- tracebacks -----------------------------------------------------------------------------------------

TracebackObject* as_traceback(const Value& v) { return static_cast<TracebackObject*>(v.object()); }
Value traceback_get_next(const Value& self) { return or_none(as_traceback(self)->next); }
Value traceback_get_lineno(const Value& self) { return Value::small_int(as_traceback(self)->line); }
Value traceback_get_lasti(const Value& self) { return Value::small_int(as_traceback(self)->lasti * 2); }

Type* new_exception_type(const char* name, Type* base) {
  Type* t = new_object_model_type(name, base, Type::kBaseType | Type::kHasDict | Type::kIsException);
  return t;
}

}  // namespace

void create_exception_types() {
  base_exception_type = new_exception_type("BaseException", object_type);
  base_exception_type->new_instance = exception_new;
  base_exception_type->init = exception_init;
  base_exception_type->str = exception_str;
  base_exception_type->repr = exception_repr;

  struct Spec {
    Type** slot;
    const char* name;
    Type** base;
  };
  // In base-before-subclass order, as CPython's hierarchy.
  static const Spec hierarchy[] = {
      {&generator_exit_type, "GeneratorExit", &base_exception_type},
      {&keyboard_interrupt_type, "KeyboardInterrupt", &base_exception_type},
      {&system_exit_type, "SystemExit", &base_exception_type},
      {&exception_type, "Exception", &base_exception_type},
      {&arithmetic_error_type, "ArithmeticError", &exception_type},
      {&overflow_error_type, "OverflowError", &arithmetic_error_type},
      {&zero_division_error_type, "ZeroDivisionError", &arithmetic_error_type},
      {&assertion_error_type, "AssertionError", &exception_type},
      {&attribute_error_type, "AttributeError", &exception_type},
      {&eof_error_type, "EOFError", &exception_type},
      {&import_error_type, "ImportError", &exception_type},
      {&module_not_found_error_type, "ModuleNotFoundError", &import_error_type},
      {&lookup_error_type, "LookupError", &exception_type},
      {&index_error_type, "IndexError", &lookup_error_type},
      {&key_error_type, "KeyError", &lookup_error_type},
      {&memory_error_type, "MemoryError", &exception_type},
      {&name_error_type, "NameError", &exception_type},
      {&unbound_local_error_type, "UnboundLocalError", &name_error_type},
      {&os_error_type, "OSError", &exception_type},
      {&timeout_error_type, "TimeoutError", &os_error_type},
      {&runtime_error_type, "RuntimeError", &exception_type},
      {&not_implemented_error_type, "NotImplementedError", &runtime_error_type},
      {&recursion_error_type, "RecursionError", &runtime_error_type},
      {&stop_async_iteration_type, "StopAsyncIteration", &exception_type},
      {&stop_iteration_type, "StopIteration", &exception_type},
      {&syntax_error_type, "SyntaxError", &exception_type},
      {&indentation_error_type, "IndentationError", &syntax_error_type},
      {&tab_error_type, "TabError", &indentation_error_type},
      {&type_error_type, "TypeError", &exception_type},
      {&value_error_type, "ValueError", &exception_type},
      {&unicode_error_type, "UnicodeError", &value_error_type},
      {&warning_type, "Warning", &exception_type},
      {&deprecation_warning_type, "DeprecationWarning", &warning_type},
      {&runtime_warning_type, "RuntimeWarning", &warning_type},
      {&user_warning_type, "UserWarning", &warning_type},
  };
  for (const Spec& s : hierarchy) *s.slot = new_exception_type(s.name, *s.base);
  key_error_type->str = key_error_str;

  traceback_type = new_object_model_type("traceback");
}

void add_exception_attributes() {
  Type* b = base_exception_type;
  add_method(b, "with_traceback", exception_with_traceback);
  add_getset(b, "args", exception_get_args, exception_set_args);
  add_getset(b, "__cause__", exception_get_cause, exception_set_cause);
  add_getset(b, "__context__", exception_get_context, exception_set_context);
  add_getset(b, "__suppress_context__", exception_get_suppress_context, exception_set_suppress_context);
  add_getset(b, "__traceback__", exception_get_traceback, exception_set_traceback);
  add_getset(b, "__dict__", instance_dict_of);
  add_getset(stop_iteration_type, "value", exception_get_value, exception_set_value);
  add_getset(system_exit_type, "code", exception_get_value, exception_set_value);
  for (Type* t : {name_error_type, attribute_error_type, import_error_type}) {
    add_getset(t, "name", exception_get_name, exception_set_name);
  }
  add_getset(attribute_error_type, "obj", exception_get_obj, exception_set_obj);

  add_getset(traceback_type, "tb_next", traceback_get_next);
  add_getset(traceback_type, "tb_lineno", traceback_get_lineno);
  add_getset(traceback_type, "tb_lasti", traceback_get_lasti);
}

}  // namespace py
