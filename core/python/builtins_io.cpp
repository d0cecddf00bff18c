// print() and input(): the program's text in and out, through sys's streams (sys_module.hpp).
#include <string>

#include "python/args.hpp"
#include "python/builtins_internal.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/sys_module.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

// sep and end: None means the default; anything else must be a str.
bool separator_text(const Value& v, const char* name, std::string_view fallback, std::string& out) {
  if (!v || is_none(v)) {
    out = fallback;
    return true;
  }
  if (!is_str(v)) {
    raise_format(type_error_type, "%s must be None or a string, not %s", name, type_name(v).data());
    return false;
  }
  out = as_str(v)->text();
  return true;
}

Value builtin_print(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "print", .names = {"sep", "end", "file", "flush"}, .maxpos = 0, .varargs = true};
  Value bound[4];
  if (!parse_args(args, spec, bound)) return nullptr;
  std::string sep, end;
  if (!separator_text(bound[0], "sep", " ", sep) || !separator_text(bound[1], "end", "\n", end)) return nullptr;
  Value file = bound[2] && !is_none(bound[2]) ? bound[2] : program_stream(TextStreamObject::Kind::out);
  if (file && is_none(file)) return none();  // sys.stdout = None silences print, as in CPython
  if (!file) {
    std::string line;
    for (std::size_t i = 0; i < args.pos.size(); i++) {
      std::string text;
      if (!str_string(args.pos[i], text)) return nullptr;
      if (i > 0) line += sep;
      line += text;
    }
    vm_write_stdout(line + end);
    return none();
  }
  // A file object sees each piece in its own write() call, as CPython's print does.
  for (std::size_t i = 0; i < args.pos.size(); i++) {
    std::string text;
    if (!str_string(args.pos[i], text)) return nullptr;
    if ((i > 0 && !write_to_stream(file, sep)) || !write_to_stream(file, text)) return nullptr;
  }
  if (!write_to_stream(file, end)) return nullptr;
  if (bound[3]) {
    int flush = truthy(bound[3]);
    if (flush < 0 || (flush && !call_method(file, "flush"))) return nullptr;
  }
  return none();
}

Value builtin_input(const Value&, const Args& args) {
  if (args.has_kwargs() && !check_no_kwargs(args, "input")) return nullptr;
  if (!check_positional(args, "input", 0, 1)) return nullptr;
  if (args.size() == 1) {
    std::string prompt;
    if (!str_string(args[0], prompt)) return nullptr;
    Value out = program_stream(TextStreamObject::Kind::out);
    if (!out) {
      vm_write_stdout(prompt);
    } else if (!write_to_stream(out, prompt)) {
      return nullptr;
    }
  }
  std::string line;
  switch (vm_read_line(line)) {
    case LineRead::line:
      return make_str(std::move(line));
    case LineRead::wait:
      return vm_wait_for_line("");
    case LineRead::eof:
      break;
  }
  if (error_occurred()) return nullptr;
  return raise(eof_error_type, "EOF when reading a line");
}

constexpr FunctionDef kFunctions[] = {
    {"print", builtin_print},
    {"input", builtin_input},
};

}  // namespace

std::span<const FunctionDef> io_builtins() { return kFunctions; }

}  // namespace py
