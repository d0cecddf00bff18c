// str.format() / str.format_map() (CPython's Objects/stringlib/unicode_format.h) and format()
// of a str with a spec (the string case of Python/formatter_unicode.c).
#include <string>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/format_internal.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_support.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

bool is_align_char(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Whether the spec names an alignment ("<5", "*^9"): strings default to left alignment.
bool align_given(std::string_view spec) {
  std::size_t pos = 0;
  if (spec.empty()) return false;
  char32_t first = next_char(spec, pos);
  if (pos < spec.size()) {
    std::size_t second_pos = pos;
    if (is_align_char(next_char(spec, second_pos))) return true;
  }
  return is_align_char(first);
}

// The arguments of one format() call and its automatic field numbering state.
struct FormatContext {
  const Args* args;     // positional arguments (and keywords, for format())
  Value mapping;        // format_map()'s mapping, or empty
  int auto_index = 0;   // next automatic field number
  bool used_auto = false, used_manual = false;
};

Value keyword_argument(FormatContext& ctx, std::string_view name) {
  if (ctx.mapping) return get_item(ctx.mapping, make_str(std::string(name)));
  for (std::size_t i = 0; i < ctx.args->kw_names.size(); i++) {
    if (ctx.args->kw_names[i]->view() == name) return ctx.args->kw_values[i];
  }
  return raise_key_error(make_str(std::string(name)));
}

Value positional_argument(FormatContext& ctx, std::int64_t index) {
  if (index < 0 || static_cast<std::size_t>(index) >= ctx.args->pos.size()) {
    return raise_format(index_error_type, "Replacement index %lld out of range for positional args tuple",
                        static_cast<long long>(index));
  }
  return ctx.args->pos[static_cast<std::size_t>(index)];
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Resolves "0", "name", "0.attr", "name[key][0]" to the object it names.
Value resolve_field(FormatContext& ctx, std::string_view field) {
  std::size_t end = field.find_first_of(".[");
  std::string_view first = field.substr(0, end);
  Value obj;
  if (first.empty()) {
    if (ctx.used_manual) {
      return raise_value_error("cannot switch from manual field specification to automatic field numbering");
    }
    ctx.used_auto = true;
    obj = positional_argument(ctx, ctx.auto_index++);
  } else if (all_digits(first)) {
    if (ctx.used_auto) {
      return raise_value_error("cannot switch from automatic field numbering to manual field specification");
    }
    ctx.used_manual = true;
    obj = positional_argument(ctx, std::stoll(std::string(first)));
  } else {
    obj = keyword_argument(ctx, first);
  }
  std::size_t pos = end;
  while (obj && pos < field.size()) {
    if (field[pos] == '.') {
      std::size_t next = field.find_first_of(".[", pos + 1);
      std::string_view name = field.substr(pos + 1, next - pos - 1);
      if (name.empty()) return raise_value_error("Empty attribute in format string");
      obj = getattr(obj, name);
      pos = next;
    } else {
      std::size_t close = field.find(']', pos);
      if (close == std::string_view::npos) return raise_value_error("Missing ']' in format string");
      std::string_view key = field.substr(pos + 1, close - pos - 1);
      if (key.empty()) return raise_value_error("Empty attribute in format string");
      Value k = all_digits(key) ? int_from_int64(std::stoll(std::string(key))) : Value(make_str(std::string(key)));
      obj = get_item(obj, k);
      pos = close + 1;
      if (pos < field.size() && field[pos] != '.' && field[pos] != '[') {
        return raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
  return obj;
}

bool render(FormatContext& ctx, std::string_view fmt, int depth, std::string& out);

// One replacement field's text between the braces: field[!conversion][:spec].
bool render_field(FormatContext& ctx, std::string_view inner, int depth, std::string& out) {
  // The field name ends at the first '!' or ':' outside brackets.
  std::size_t pos = 0;
  while (pos < inner.size() && inner[pos] != '!' && inner[pos] != ':') {
    if (inner[pos] == '[') {
      std::size_t close = inner.find(']', pos);
      pos = close == std::string_view::npos ? inner.size() : close;
    }
    pos++;
  }
  pos = std::min(pos, inner.size());
  Value obj = resolve_field(ctx, inner.substr(0, pos));
  if (!obj) return false;
  if (pos < inner.size() && inner[pos] == '!') {
    if (pos + 1 >= inner.size()) {
      raise_value_error("end of string while looking for conversion specifier");
      return false;
    }
    char conversion = inner[pos + 1];
    if (pos + 2 < inner.size() && inner[pos + 2] != ':') {
      raise_value_error("expected ':' after conversion specifier");
      return false;
    }
    switch (conversion) {
      case 'r': obj = repr(obj); break;
      case 's': obj = str(obj); break;
      case 'a': obj = ascii(obj); break;
      default: {
        std::size_t cp_pos = pos + 1;
        std::string shown;
        append_code_point(shown, next_char(inner, cp_pos));
        raise_format(value_error_type, "Unknown conversion specifier %s", shown.c_str());
        return false;
      }
    }
    if (!obj) return false;
    pos += 2;
  }
  std::string spec;
  if (pos < inner.size() && inner[pos] == ':') {
    // The spec may itself hold replacement fields: "{:{width}}".
    if (!render(ctx, inner.substr(pos + 1), depth + 1, spec)) return false;
  }
  Value text = format(obj, make_str(std::move(spec)));
  if (!text) return false;
  out += as_str(text)->view();
  return true;
}

bool render(FormatContext& ctx, std::string_view fmt, int depth, std::string& out) {
  if (depth > 2) {
    raise_value_error("Max string recursion exceeded");
    return false;
  }
  std::size_t pos = 0;
  while (pos < fmt.size()) {
    char c = fmt[pos];
    if (c == '}') {
      if (pos + 1 < fmt.size() && fmt[pos + 1] == '}') {
        out.push_back('}');
        pos += 2;
        continue;
      }
      raise_value_error("Single '}' encountered in format string");
      return false;
    }
    if (c != '{') {
      out.push_back(c);
      pos++;
      continue;
    }
    if (pos + 1 < fmt.size() && fmt[pos + 1] == '{') {
      out.push_back('{');
      pos += 2;
      continue;
    }
    // Find the matching '}', counting nested braces of the spec.
    int nesting = 1;
    std::size_t end = pos + 1;
    for (; end < fmt.size(); end++) {
      if (fmt[end] == '{') nesting++;
      if (fmt[end] == '}' && --nesting == 0) break;
    }
    if (end >= fmt.size()) {
      raise_value_error(nesting == 1 && pos + 1 == fmt.size() ? "Single '{' encountered in format string"
                                                              : "expected '}' before end of string");
      return false;
    }
    if (!render_field(ctx, fmt.substr(pos + 1, end - pos - 1), depth, out)) return false;
    pos = end + 1;
  }
  return true;
}

}  // namespace

Value str_format_method(const Value& self, const Args& args) {
  FormatContext ctx{&args, Value()};
  std::string out;
  if (!render(ctx, text_of(self), 0, out)) return nullptr;
  return make_str(std::move(out));
}

Value str_format_map_method(const Value& self, const Args& args) {
  if (!check_one_arg(args, "str.format_map")) return nullptr;
  Args no_positionals{};
  FormatContext ctx{&no_positionals, args[0]};
  std::string out;
  if (!render(ctx, text_of(self), 0, out)) return nullptr;
  return make_str(std::move(out));
}

Value format_str(const Value& s, std::string_view spec_text) {
  if (spec_text.empty()) return str(s);
  std::string_view name = type_name(s);
  NumResult<format_detail::Spec> parsed = format_detail::parse_spec(spec_text, 's', name);
  if (!parsed) return raise_num_error(parsed.error());
  format_detail::Spec spec = parsed.value();
  if (spec.type != 's') return raise_num_error(format_detail::unknown_code(spec.type, name));
  if (spec.sign != 0) return raise_value_error("Sign not allowed in string format specifier");
  if (spec.alternate) return raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.grouping != format_detail::Grouping::None) {
    return raise_format(value_error_type, "Cannot specify '%c' with 's'.", spec.separator_char);
  }
  if (!align_given(spec_text)) spec.align = '<';
  if (spec.align == '=') return raise_value_error("'=' alignment not allowed in string format specifier");
  StrObject& text = *as_str(s);
  std::string body = text.text();
  std::int64_t length = text.length();
  if (spec.precision >= 0 && spec.precision < length) {
    body.resize(code_point_offset(text, spec.precision));
    length = spec.precision;
  }
  if (spec.width <= length) return make_str(std::move(body));
  std::int64_t total = spec.width - length;
  std::int64_t left = spec.align == '>' ? total : spec.align == '^' ? total / 2 : 0;
  std::string fill;
  append_code_point(fill, spec.fill);
  std::string out;
  for (std::int64_t i = 0; i < left; i++) out += fill;
  out += body;
  for (std::int64_t i = left; i < total; i++) out += fill;
  return make_str(std::move(out));
}

}  // namespace py
