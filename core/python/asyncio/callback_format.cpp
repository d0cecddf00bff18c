#include "python/asyncio/callback_format.hpp"

#include "python/builtin_modules.hpp"
#include "python/code.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/module_registry.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {


std::string limited_repr_or_placeholder(const Value& v) {
  std::string text;
  if (!limited_repr(v, text)) {
    clear_error();
    return "<...>";
  }
  return text;
}

std::string format_args(std::span<const Value> args, const Value& keywords) {
  std::string out = "(";
  bool first = true;
  for (const Value& a : args) {
    if (!first) out += ", ";
    out += limited_repr_or_placeholder(a);
    first = false;
  }
  if (keywords && is_dict(keywords)) {
    for (const DictObject::Entry& e : as_dict(keywords)->entries()) {
      if (!e.key) continue;
      if (!first) out += ", ";
      std::string key;
      if (!str_string(e.key, key)) clear_error();
      out += key + "=" + limited_repr_or_placeholder(e.value);
      first = false;
    }
  }
  return out + ")";
}

std::string attribute_text(const Value& obj, const char* name) {
  Value v = getattr_optional(obj, intern(name));
  if (!v) {
    clear_error();
    return {};
  }
  if (!is_str(v)) return {};
  return as_str(v)->text();
}

std::string format_callback(const Value& fn, std::span<const Value> args, const Value& keywords, std::string suffix) {
  if (is_partial(fn)) {
    suffix = format_args(args, keywords) + suffix;
    Value func = getattr_optional(fn, intern("func"));
    Value pargs = getattr_optional(fn, intern("args"));
    Value pkw = getattr_optional(fn, intern("keywords"));
    if (func && pargs && is_tuple(pargs)) {
      const auto& items = as_tuple(pargs)->items;
      return format_callback(func, std::span<const Value>(items.data(), items.size()), pkw, std::move(suffix));
    }
    clear_error();
  }
  std::string name = attribute_text(fn, "__qualname__");
  if (name.empty()) name = attribute_text(fn, "__name__");
  if (name.empty()) name = repr_or_placeholder(fn);
  return name + format_args(args, keywords) + suffix;
}

// inspect.unwrap() then the code's location, for Python functions (and partials of them).
bool function_source(const Value& fn, std::string& out) {
  Value f = fn;
  if (is_partial(f)) {
    Value func = getattr_optional(f, intern("func"));
    if (!func) {
      clear_error();
      return false;
    }
    return function_source(func, out);
  }
  for (int depth = 0; depth < 100 && f.type() == function_type; depth++) {
    Value wrapped = getattr_optional(f, intern("__wrapped__"));
    if (!wrapped) break;
    f = wrapped;
  }
  clear_error();
  if (f.type() != function_type) return false;
  const CodeObject& code = *static_cast<FunctionObject*>(f.object())->code;
  out = code.filename->text() + ":" + std::to_string(code.firstlineno);
  return true;
}

}  // namespace

bool limited_repr(const Value& v, std::string& out) {
  Value reprlib = import_module(intern("reprlib"));
  Value text = reprlib ? call_method(reprlib, "repr", {v}) : Value();
  return text && str_string(text, out);
}

std::string repr_or_placeholder(const Value& v) {
  std::string text;
  if (!repr_string(v, text)) {
    clear_error();
    return "<...>";
  }
  return text;
}

std::string format_callback_source(const Value& fn, std::span<const Value> args) {
  std::string text = format_callback(fn, args, Value(), "");
  std::string source;
  if (function_source(fn, source)) text += " at " + source;
  return text;
}

}  // namespace py
