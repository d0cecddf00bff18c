// str methods that search, split and join: find/index/count, startswith/endswith, split/rsplit/
// splitlines, partition, replace, join, removeprefix/removesuffix; and the registration of all of
// str's methods.
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/str_chars.hpp"
#include "python/str_methods.hpp"
#include "python/str_support.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {
namespace {

bool str_arg(const Value& v, const char* what = "must be str") {
  if (is_str(v)) return true;
  raise_format(type_error_type, "%s, not %s", what, v.type()->name.c_str());
  return false;
}

// The optional start and end arguments at args[first], args[first + 1], clipped like a slice
// (CPython's ADJUST_INDICES), as code point positions.
bool search_bounds(const Args& args, std::size_t first, std::int64_t length, std::int64_t& start, std::int64_t& end) {
  start = 0;
  end = length;
  for (std::size_t k = 0; k < 2; k++) {
    if (args.size() <= first + k || is_none(args[first + k])) continue;
    std::int64_t& bound = k == 0 ? start : end;
    if (!is_index_like(args[first + k])) {
      raise_type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!to_index(args[first + k], bound)) return false;
  }
  if (end > length) end = length;
  if (end < 0) end = std::max<std::int64_t>(end + length, 0);
  if (start < 0) start = std::max<std::int64_t>(start + length, 0);
  return true;
}

// The text between two code point positions, and the byte offset where it begins.
struct Window {
  std::string_view text;
  std::size_t offset;
};

Window window(const StrObject& s, std::int64_t start, std::int64_t end) {
  std::size_t b = code_point_offset(s, start);
  std::size_t e = code_point_offset(s, end);
  return {s.view().substr(b, e - b), b};
}

std::int64_t to_code_point_index(const StrObject& s, std::size_t byte_offset) {
  if (s.is_ascii()) return static_cast<std::int64_t>(byte_offset);
  return count_code_points(s.view().substr(0, byte_offset));
}

// find/rfind: the code point position of `sub` in self[start:end], or -1; nullopt-like -2 on error.
std::int64_t find_in(const Value& self, const Args& args, const char* name, bool reverse) {
  if (!check_no_kwargs(args, name) || !check_arg_range(args, name, 1, 3)) return -2;
  if (!str_arg(args[0])) return -2;
  const StrObject& s = *as_str(self);
  std::int64_t start = 0, end = 0;
  if (!search_bounds(args, 1, s.length(), start, end)) return -2;
  if (start > end) return -1;
  Window w = window(s, start, end);
  std::string_view sub = text_of(args[0]);
  std::size_t at = reverse ? w.text.rfind(sub) : w.text.find(sub);
  if (at == std::string_view::npos) return -1;
  return to_code_point_index(s, w.offset + at);
}

template <bool reverse>
Value str_find(const Value& self, const Args& args) {
  std::int64_t i = find_in(self, args, reverse ? "rfind" : "find", reverse);
  return i == -2 ? nullptr : int_from_int64(i);
}

template <bool reverse>
Value str_index(const Value& self, const Args& args) {
  std::int64_t i = find_in(self, args, reverse ? "rindex" : "index", reverse);
  if (i == -2) return nullptr;
  if (i == -1) return raise_value_error("substring not found");
  return int_from_int64(i);
}

Value str_count(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "count") || !check_arg_range(args, "count", 1, 3)) return nullptr;
  if (!str_arg(args[0])) return nullptr;
  const StrObject& s = *as_str(self);
  std::int64_t start = 0, end = 0;
  if (!search_bounds(args, 1, s.length(), start, end)) return nullptr;
  if (start > end) return Value::small_int(0);
  std::string_view sub = text_of(args[0]);
  if (sub.empty()) return int_from_int64(end - start + 1);
  Window w = window(s, start, end);
  std::int64_t n = 0;
  for (std::size_t at = w.text.find(sub); at != std::string_view::npos; at = w.text.find(sub, at + sub.size())) n++;
  return int_from_int64(n);
}

template <bool at_end>
Value str_starts_or_ends_with(const Value& self, const Args& args) {
  const char* name = at_end ? "endswith" : "startswith";
  if (!check_no_kwargs(args, name) || !check_arg_range(args, name, 1, 3)) return nullptr;
  const StrObject& s = *as_str(self);
  std::int64_t start = 0, end = 0;
  if (!search_bounds(args, 1, s.length(), start, end)) return nullptr;
  std::vector<Value> candidates;
  if (is_tuple(args[0])) {
    candidates = as_tuple(args[0])->items;
    for (const Value& c : candidates) {
      if (!is_str(c)) {
        return raise_format(type_error_type, "tuple for %s must only contain str, not %s", name, c.type()->name.c_str());
      }
    }
  } else if (is_str(args[0])) {
    candidates.push_back(args[0]);
  } else {
    return raise_format(type_error_type, "%s first arg must be str or a tuple of str, not %s", name,
                        args[0].type()->name.c_str());
  }
  if (start > s.length()) return py_bool(false);
  std::string_view w = start > end ? std::string_view() : window(s, start, end).text;
  for (const Value& c : candidates) {
    std::string_view affix = text_of(c);
    if (start > end) continue;
    if (at_end ? w.ends_with(affix) : w.starts_with(affix)) return py_bool(true);
  }
  return py_bool(false);
}

Value list_of_strs(std::vector<std::string> parts) {
  std::vector<Value> items;
  items.reserve(parts.size());
  for (std::string& p : parts) items.push_back(make_str(std::move(p)));
  return make_list(std::move(items));
}

// split() on runs of whitespace; rsplit() when reverse (then the parts come out last first).
std::vector<std::string> split_whitespace(std::string_view text, std::int64_t maxsplit, bool reverse) {
  std::u32string cps = code_points(text);
  if (reverse) cps = std::u32string(cps.rbegin(), cps.rend());
  std::vector<std::u32string> parts;
  std::size_t i = 0, n = cps.size();
  while (true) {
    while (i < n && str_chars::is_space(cps[i])) i++;
    if (i == n) break;
    if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
      // The rest as it is, trailing whitespace included.
      parts.push_back(cps.substr(i));
      break;
    }
    std::size_t j = i;
    while (j < n && !str_chars::is_space(cps[j])) j++;
    parts.push_back(cps.substr(i, j - i));
    i = j;
  }
  std::vector<std::string> out;
  for (auto& p : parts) {
    if (reverse) p = std::u32string(p.rbegin(), p.rend());
    std::string s;
    for (char32_t c : p) append_code_point(s, c);
    out.push_back(std::move(s));
  }
  if (reverse) out = std::vector<std::string>(out.rbegin(), out.rend());
  return out;
}

std::vector<std::string> split_on(std::string_view text, std::string_view sep, std::int64_t maxsplit, bool reverse) {
  std::vector<std::string> out;
  if (!reverse) {
    std::size_t begin = 0;
    for (std::size_t at = text.find(sep); at != std::string_view::npos && (maxsplit < 0 || static_cast<std::int64_t>(out.size()) < maxsplit);
         at = text.find(sep, begin)) {
      out.emplace_back(text.substr(begin, at - begin));
      begin = at + sep.size();
    }
    out.emplace_back(text.substr(begin));
    return out;
  }
  std::size_t end = text.size();
  while (maxsplit < 0 || static_cast<std::int64_t>(out.size()) < maxsplit) {
    if (end < sep.size()) break;
    std::size_t at = text.rfind(sep, end - sep.size());
    if (at == std::string_view::npos) break;
    out.emplace_back(text.substr(at + sep.size(), end - at - sep.size()));
    end = at;
  }
  out.emplace_back(text.substr(0, end));
  return std::vector<std::string>(out.rbegin(), out.rend());
}

template <bool reverse>
Value str_split(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = reverse ? "rsplit" : "split", .names = {"sep", "maxsplit"}};
  Value a[2];
  if (!parse_args(args, spec, a)) return nullptr;
  std::int64_t maxsplit = -1;
  if (a[1] && !to_index(a[1], maxsplit)) return nullptr;
  if (!a[0] || is_none(a[0])) return list_of_strs(split_whitespace(text_of(self), maxsplit, reverse));
  if (!str_arg(a[0], "must be str or None")) return nullptr;
  if (text_of(a[0]).empty()) return raise_value_error("empty separator");
  return list_of_strs(split_on(text_of(self), text_of(a[0]), maxsplit, reverse));
}

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

Value str_splitlines(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "splitlines", .names = {"keepends"}};
  Value a[1];
  if (!parse_args(args, spec, a)) return nullptr;
  int keepends = 0;
  if (a[0] && (keepends = truthy(a[0])) < 0) return nullptr;
  std::string_view text = text_of(self);
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t char_start = pos;
    char32_t c = next_char(text, pos);
    if (!is_line_break(c)) {
      line.append(text.substr(char_start, pos - char_start));
      continue;
    }
    std::size_t break_end = pos;
    if (c == '\r' && pos < text.size() && text[pos] == '\n') break_end = ++pos;
    if (keepends) line.append(text.substr(char_start, break_end - char_start));
    lines.push_back(std::move(line));
    line.clear();
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return list_of_strs(std::move(lines));
}

template <bool reverse>
Value str_partition(const Value& self, const Args& args) {
  if (!check_one_arg(args, reverse ? "str.rpartition" : "str.partition")) return nullptr;
  if (!str_arg(args[0])) return nullptr;
  std::string_view text = text_of(self), sep = text_of(args[0]);
  if (sep.empty()) return raise_value_error("empty separator");
  std::size_t at = reverse ? text.rfind(sep) : text.find(sep);
  Value empty = Value::borrow(intern(""));
  if (at == std::string_view::npos) {
    return reverse ? make_tuple({empty, empty, self}) : make_tuple({self, empty, empty});
  }
  return make_tuple({make_str(std::string(text.substr(0, at))), args[0],
                     make_str(std::string(text.substr(at + sep.size())))});
}

Value str_replace(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "replace") || !check_positional(args, "replace", 2, 3)) return nullptr;
  if (!str_arg(args[0], "replace() argument 1 must be str") || !str_arg(args[1], "replace() argument 2 must be str")) {
    return nullptr;
  }
  std::int64_t count = -1;
  if (args.size() == 3 && !to_index(args[2], count)) return nullptr;
  std::string_view text = text_of(self), old = text_of(args[0]), replacement = text_of(args[1]);
  std::string out;
  std::int64_t done = 0;
  if (old.empty()) {
    // An empty pattern matches before every character and at the end.
    for (std::size_t pos = 0; pos <= text.size();) {
      if (count < 0 || done < count) {
        out += replacement;
        done++;
      }
      if (pos == text.size()) break;
      std::size_t start = pos;
      next_char(text, pos);
      out.append(text.substr(start, pos - start));
    }
    return make_str(std::move(out));
  }
  std::size_t begin = 0;
  for (std::size_t at = text.find(old); at != std::string_view::npos && (count < 0 || done < count);
       at = text.find(old, begin)) {
    out.append(text.substr(begin, at - begin));
    out += replacement;
    begin = at + old.size();
    done++;
  }
  out.append(text.substr(begin));
  return make_str(std::move(out));
}

Value str_join(const Value& self, const Args& args) {
  if (!check_one_arg(args, "str.join")) return nullptr;
  if (args[0].type()->iter == nullptr) return raise_type_error("can only join an iterable");
  std::vector<Value> items;
  if (!collect(args[0], items)) return nullptr;
  std::string_view sep = text_of(self);
  std::string out;
  for (std::size_t i = 0; i < items.size(); i++) {
    if (!is_str(items[i])) {
      return raise_format(type_error_type, "sequence item %zu: expected str instance, %s found", i,
                          items[i].type()->name.c_str());
    }
    if (i > 0) out += sep;
    out += text_of(items[i]);
  }
  return make_str(std::move(out));
}

template <bool suffix>
Value str_remove_affix(const Value& self, const Args& args) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  if (!check_one_arg(args, suffix ? "str.removesuffix" : "str.removeprefix")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "%s() argument must be str, not %s", name, args[0].type()->name.c_str());
  }
  std::string_view text = text_of(self), affix = text_of(args[0]);
  if (suffix ? text.ends_with(affix) : text.starts_with(affix)) {
    text = suffix ? text.substr(0, text.size() - affix.size()) : text.substr(affix.size());
  }
  return make_str(std::string(text));
}

Value str_format_spec(const Value& self, const Args& args) {
  if (!check_one_arg(args, "__format__")) return nullptr;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "__format__() argument must be str, not %s", args[0].type()->name.c_str());
  }
  return format_str(self, text_of(args[0]));
}

}  // namespace

void add_str_search_methods(Type* t) {
  add_method(t, "find", str_find<false>);
  add_method(t, "rfind", str_find<true>);
  add_method(t, "index", str_index<false>);
  add_method(t, "rindex", str_index<true>);
  add_method(t, "count", str_count);
  add_method(t, "startswith", str_starts_or_ends_with<false>);
  add_method(t, "endswith", str_starts_or_ends_with<true>);
  add_method(t, "split", str_split<false>);
  add_method(t, "rsplit", str_split<true>);
  add_method(t, "splitlines", str_splitlines);
  add_method(t, "partition", str_partition<false>);
  add_method(t, "rpartition", str_partition<true>);
  add_method(t, "replace", str_replace);
  add_method(t, "join", str_join);
  add_method(t, "removeprefix", str_remove_affix<false>);
  add_method(t, "removesuffix", str_remove_affix<true>);
}

void add_str_methods(Type* t) {
  add_str_search_methods(t);
  add_str_case_methods(t);
  add_method(t, "format", str_format_method);
  add_method(t, "format_map", str_format_map_method);
  add_method(t, "__format__", str_format_spec);
}

}  // namespace py
