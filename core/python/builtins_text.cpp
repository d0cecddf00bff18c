// The built-ins that make text: repr, ascii, format, chr, ord, hex, oct, bin.
#include <string>

#include "python/args.hpp"
#include "python/builtins_internal.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/unicode.hpp"

namespace py {
namespace {

Value builtin_repr(const Value&, const Args& args) {
  if (!check_one_arg(args, "repr")) return nullptr;
  return repr(args[0]);
}

Value builtin_ascii(const Value&, const Args& args) {
  if (!check_one_arg(args, "ascii")) return nullptr;
  return ascii(args[0]);
}

Value builtin_format(const Value&, const Args& args) {
  if (!check_positional(args, "format", 1, 2)) return nullptr;
  if (args.size() == 2 && !is_str(args[1])) {
    return raise_format(type_error_type, "format() argument 2 must be str, not %s", type_name(args[1]).data());
  }
  return format(args[0], args.size() == 2 ? args[1] : Value(make_str("")));
}

Value builtin_chr(const Value&, const Args& args) {
  std::int64_t cp;
  if (!check_one_arg(args, "chr")) return nullptr;
  if (!to_index(args[0], cp)) {
    if (error_matches(overflow_error_type)) {
      clear_error();
      raise(overflow_error_type, "Python int too large to convert to C int");
    }
    return nullptr;
  }
  if (cp < 0 || cp > 0x10FFFF) return raise_value_error("chr() arg not in range(0x110000)");
  std::string text;
  unicode::append_utf8(text, static_cast<char32_t>(cp));
  return make_str(std::move(text));
}

Value builtin_ord(const Value&, const Args& args) {
  if (!check_one_arg(args, "ord")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "ord() expected string of length 1, but %s found", type_name(args[0]).data());
  }
  StrObject* s = as_str(args[0]);
  if (s->length() != 1) {
    return raise_format(type_error_type, "ord() expected a character, but string of length %lld found",
                        static_cast<long long>(s->length()));
  }
  // One code point of UTF-8 (WTF-8 for lone surrogates): the lead byte says how many follow.
  std::string_view t = s->view();
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(t[i]); };
  std::uint32_t cp = t.size() == 1 ? byte(0) : t.size() == 2 ? byte(0) & 0x1F : t.size() == 3 ? byte(0) & 0x0F : byte(0) & 0x07;
  for (std::size_t i = 1; i < t.size(); i++) cp = (cp << 6) | (byte(i) & 0x3F);
  return Value::small_int(cp);
}

// hex(), oct(), bin(): the int (through __index__) in a power-of-two base with its prefix.
Value int_in_base(const Args& args, const char* fname, int base) {
  if (!check_one_arg(args, fname)) return nullptr;
  Value v = args[0];
  if (!is_int(v)) {
    Value method = lookup_special(v, "__index__");
    if (!method) {
      if (error_occurred()) return nullptr;
      return raise_format(type_error_type, "'%s' object cannot be interpreted as an integer", type_name(v).data());
    }
    v = call(method, {v});
    if (!v) return nullptr;
    if (!is_int(v)) return raise_format(type_error_type, "__index__ returned non-int (type %s)", type_name(v).data());
  }
  return make_str(int_value_of(v).to_bigint().to_base_pow2(base, true));
}

Value builtin_hex(const Value&, const Args& args) { return int_in_base(args, "hex", 16); }
Value builtin_oct(const Value&, const Args& args) { return int_in_base(args, "oct", 8); }
Value builtin_bin(const Value&, const Args& args) { return int_in_base(args, "bin", 2); }

constexpr FunctionDef kFunctions[] = {
    {"repr", builtin_repr}, {"ascii", builtin_ascii}, {"format", builtin_format}, {"chr", builtin_chr},
    {"ord", builtin_ord},   {"hex", builtin_hex},     {"oct", builtin_oct},       {"bin", builtin_bin},
};

}  // namespace

std::span<const FunctionDef> text_builtins() { return kFunctions; }

}  // namespace py
