// The sys module and its text streams.
#include "python/sys_module.hpp"

#include <string>

#include "python/args.hpp"
#include "python/builtin_modules.hpp"
#include "python/collections_internal.hpp"
#include "python/errors.hpp"
#include "python/exception_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_registry.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/vm.hpp"
#include "python/vm_state.hpp"

namespace py {

Type* text_stream_type = nullptr;

namespace {

TextStreamObject::Kind kind_of(const Value& self) { return static_cast<TextStreamObject*>(self.object())->kind; }

Value stream_repr(const Value& self) {
  switch (kind_of(self)) {
    case TextStreamObject::Kind::in:
      return make_str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
    case TextStreamObject::Kind::out:
      return make_str("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    case TextStreamObject::Kind::err:
      break;
  }
  return make_str("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

Value stream_write(const Value& self, const Args& args) {
  if (!check_one_arg(args, "TextIOWrapper.write")) return nullptr;
  if (!is_str(args[0])) return raise_format(type_error_type, "write() argument must be str, not %s", type_name(args[0]).data());
  StrObject* text = as_str(args[0]);
  switch (kind_of(self)) {
    case TextStreamObject::Kind::out:
      vm_write_stdout(text->view());
      break;
    case TextStreamObject::Kind::err:
      vm_write_stderr(text->view());
      break;
    case TextStreamObject::Kind::in:
      return raise(os_error_type, "not writable");
  }
  return int_from_int64(text->length());
}

Value stream_flush(const Value&, const Args& args) {
  if (!check_no_args(args, "TextIOWrapper.flush")) return nullptr;
  return none();
}

Value stream_isatty(const Value&, const Args& args) {
  if (!check_no_args(args, "TextIOWrapper.isatty")) return nullptr;
  return py_bool(false);
}

Value stream_writelines(const Value& self, const Args& args) {
  if (!check_one_arg(args, "TextIOWrapper.writelines")) return nullptr;
  Value it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Value line = iter_next(it)) {
    Value one[] = {line};
    Args write_args;
    write_args.pos = one;
    if (!stream_write(self, write_args)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return none();
}

Value stream_readline(const Value& self, const Args& args) {
  if (!check_positional(args, "readline", 0, 1)) return nullptr;
  if (kind_of(self) != TextStreamObject::Kind::in) return raise(os_error_type, "not readable");
  std::string line;
  switch (vm_read_line(line)) {
    case LineRead::line:
      line.push_back('\n');
      return make_str(std::move(line));
    case LineRead::wait:
      return vm_wait_for_line("\n");
    case LineRead::eof:
      break;
  }
  if (error_occurred()) return nullptr;
  return make_str("");
}

Value sys_exit(const Value&, const Args& args) {
  if (!check_positional(args, "exit", 0, 1)) return nullptr;
  // sys.exit(None) is SystemExit() (CPython raises with the status as the exception's value).
  std::vector<Value> exit_args;
  if (args.size() == 1 && !is_none(args[0])) exit_args.push_back(args[0]);
  Value exc = make_exception(system_exit_type, std::move(exit_args));
  if (!exc) return nullptr;
  set_error(Ref<BaseExceptionObject>::steal(as_exception(exc)));
  exc.release_object();
  return nullptr;
}

Value sys_getrecursionlimit(const Value&, const Args& args) {
  if (!check_no_args(args, "sys.getrecursionlimit")) return nullptr;
  return Value::small_int(vm_recursion_limit());
}

Value sys_setrecursionlimit(const Value&, const Args& args) {
  std::int64_t limit;
  if (!check_one_arg(args, "sys.setrecursionlimit")) return nullptr;
  if (!to_int64(args[0], limit)) return nullptr;
  if (limit < 1) return raise_value_error("recursion limit must be greater or equal than 1");
  if (limit > INT32_MAX) return raise(overflow_error_type, "Python int too large to convert to C int");
  vm_set_recursion_limit(static_cast<int>(limit));
  return none();
}

Value sys_exc_info(const Value&, const Args& args) {
  if (!check_no_args(args, "sys.exc_info")) return nullptr;
  BaseExceptionObject* exc = handled_exception();
  if (exc == nullptr) return make_tuple({none(), none(), none()});
  Value traceback = exc->traceback ? Value(exc->traceback) : none();
  return make_tuple({Value::borrow(exc->type()), Value::borrow(exc), traceback});
}

Value stream_attribute(const Value& sys, const char* name) {
  return static_cast<ModuleObject*>(sys.object())->dict->get_str(intern(name));
}

// sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0): a named tuple.
Value make_version_info() {
  Value spec[] = {make_str("version_info"), make_str("major minor micro releaselevel serial")};
  Args spec_args;
  spec_args.pos = spec;
  Value cls = collections_namedtuple(Value(), spec_args);
  if (!cls) return nullptr;
  static_cast<Type*>(cls.object())->name = "sys.version_info";  // CPython's repr prefix
  return call(cls, {Value::small_int(3), Value::small_int(11), Value::small_int(7), make_str("final"), Value::small_int(0)});
}

}  // namespace

bool write_to_stream(const Value& stream, std::string_view text) {
  if (stream.type() == text_stream_type && kind_of(stream) != TextStreamObject::Kind::in) {
    if (kind_of(stream) == TextStreamObject::Kind::out) {
      vm_write_stdout(text);
    } else {
      vm_write_stderr(text);
    }
    return true;
  }
  return static_cast<bool>(call_method(stream, "write", {make_str(std::string(text))}));
}

// Until the program imports sys it cannot have replaced the streams.
Value program_stream(TextStreamObject::Kind kind) {
  Value sys = vm_modules()->get_str(intern("sys"));
  if (!sys) return Value();
  return stream_attribute(sys, kind == TextStreamObject::Kind::out ? "stdout" : kind == TextStreamObject::Kind::err ? "stderr" : "stdin");
}

void init_text_stream_type() {
  text_stream_type = new_module_type("TextIOWrapper", "_io", 0);
  text_stream_type->repr = stream_repr;
  finish_module_type(text_stream_type);
  add_method(text_stream_type, "write", stream_write);
  add_method(text_stream_type, "flush", stream_flush);
  add_method(text_stream_type, "isatty", stream_isatty);
  add_method(text_stream_type, "writelines", stream_writelines);
  add_method(text_stream_type, "readline", stream_readline);
}

Ref<ModuleObject> make_sys_module() {
  Ref<ModuleObject> sys = make_module("sys");
  Value in = make<TextStreamObject>(TextStreamObject::Kind::in);
  Value out = make<TextStreamObject>(TextStreamObject::Kind::out);
  Value err = make<TextStreamObject>(TextStreamObject::Kind::err);
  add_value(*sys, "stdin", in);
  add_value(*sys, "stdout", out);
  add_value(*sys, "stderr", err);
  add_value(*sys, "__stdin__", in);
  add_value(*sys, "__stdout__", out);
  add_value(*sys, "__stderr__", err);
  std::vector<Value> argv;
  for (const std::string& arg : current_state()->options.argv) argv.push_back(make_str(arg));
  add_value(*sys, "argv", make_list(std::move(argv)));
  add_value(*sys, "version", make_str("3.11.7 (main, aioplay) [C++20 stackless interpreter]"));
  Value version_info = make_version_info();
  if (!version_info) return nullptr;
  add_value(*sys, "version_info", version_info);
  add_value(*sys, "hexversion", Value::small_int(0x030b07f0));
  add_value(*sys, "maxsize", int_from_int64(INT64_MAX));
#ifdef __EMSCRIPTEN__
  add_value(*sys, "platform", make_str("emscripten"));
#else
  add_value(*sys, "platform", make_str("linux"));
#endif
  add_value(*sys, "byteorder", make_str("little"));
  add_value(*sys, "modules", Value::borrow(vm_modules()));
  if (!main_module()) return nullptr;
  add_value(*sys, "path", make_list());
  add_functions(*sys, {
                          {"exit", sys_exit},
                          {"getrecursionlimit", sys_getrecursionlimit},
                          {"setrecursionlimit", sys_setrecursionlimit},
                          {"exc_info", sys_exc_info},
                      });
  return sys;
}

}  // namespace py
