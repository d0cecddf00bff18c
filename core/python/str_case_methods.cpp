// str methods that map or classify characters (upper, title, isdigit, ...) and that pad or trim
// (center, zfill, strip, expandtabs), with CPython's Unicode tables (str_chars.hpp).
#include <cstddef>
#include <string>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/runtime.hpp"
#include "python/str_chars.hpp"
#include "python/str_methods.hpp"
#include "python/str_support.hpp"
#include "python/unicode.hpp"

namespace py {

namespace {

using str_chars::is_cased;
using str_chars::is_lower;
using str_chars::is_upper;
using Append = void (*)(std::u32string&, char32_t);

// A method's qualified name ("str.upper") as a template argument, so one template instance per
// method can name itself in its argument errors.
template <std::size_t N>
struct MethodName {
  char text[N];
  constexpr MethodName(const char (&name)[N]) {  // NOLINT: implicit from a literal on purpose
    for (std::size_t i = 0; i < N; i++) text[i] = name[i];
  }
};

std::string encode(const std::u32string& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) append_code_point(out, c);
  return out;
}

template <MethodName name, Append append>
Value map_chars(const Value& self, const Args& args) {
  if (!check_no_args(args, name.text)) return nullptr;
  std::u32string out;
  for (char32_t c : code_points(text_of(self))) append(out, c);
  return make_str(encode(out));
}

void append_swapped(std::u32string& out, char32_t c) {
  if (is_upper(c)) {
    str_chars::append_lower(out, c);
  } else if (is_lower(c)) {
    str_chars::append_upper(out, c);
  } else {
    out.push_back(c);
  }
}

// lower() with CPython's final sigma: a capital sigma ending a word becomes 'ς'.
Value str_lower(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.lower")) return nullptr;
  std::u32string cps = code_points(text_of(self));
  std::u32string out;
  for (std::size_t i = 0; i < cps.size(); i++) {
    constexpr char32_t kCapitalSigma = 0x3A3, kFinalSigma = 0x3C2;
    bool word_final = i > 0 && is_cased(cps[i - 1]) && (i + 1 == cps.size() || !is_cased(cps[i + 1]));
    if (cps[i] == kCapitalSigma && word_final) {
      out.push_back(kFinalSigma);
    } else {
      str_chars::append_lower(out, cps[i]);
    }
  }
  return make_str(encode(out));
}

Value str_capitalize(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.capitalize")) return nullptr;
  std::u32string out;
  std::u32string cps = code_points(text_of(self));
  for (std::size_t i = 0; i < cps.size(); i++) {
    (i == 0 ? str_chars::append_title : str_chars::append_lower)(out, cps[i]);
  }
  return make_str(encode(out));
}

Value str_title(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.title")) return nullptr;
  std::u32string out;
  bool previous_cased = false;
  for (char32_t c : code_points(text_of(self))) {
    (previous_cased ? str_chars::append_lower : str_chars::append_title)(out, c);
    previous_cased = is_cased(c);
  }
  return make_str(encode(out));
}

// A predicate over all characters; false for the empty string (as every is*() but isascii).
template <MethodName name, bool (*pred)(char32_t)>
Value all_chars(const Value& self, const Args& args) {
  if (!check_no_args(args, name.text)) return nullptr;
  std::u32string cps = code_points(text_of(self));
  if (cps.empty()) return py_bool(false);
  for (char32_t c : cps) {
    if (!pred(c)) return py_bool(false);
  }
  return py_bool(true);
}

bool is_printable_char(char32_t c) { return unicode::is_printable(c); }

// isupper()/islower(): some cased character, and none of the other case (titlecase counts as
// neither, so it fails both).
template <MethodName name, bool (*wanted)(char32_t), bool (*other)(char32_t)>
Value all_cased_as(const Value& self, const Args& args) {
  if (!check_no_args(args, name.text)) return nullptr;
  bool cased = false;
  for (char32_t c : code_points(text_of(self))) {
    if (other(c) || str_chars::is_title(c)) return py_bool(false);
    cased = cased || wanted(c);
  }
  return py_bool(cased);
}

Value str_istitle(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.istitle")) return nullptr;
  bool cased = false, previous_cased = false;
  for (char32_t c : code_points(text_of(self))) {
    if (is_upper(c) || str_chars::is_title(c)) {
      if (previous_cased) return py_bool(false);
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return py_bool(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return py_bool(cased);
}

Value str_isprintable(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.isprintable")) return nullptr;
  for (char32_t c : code_points(text_of(self))) {
    if (!is_printable_char(c)) return py_bool(false);
  }
  return py_bool(true);
}

Value str_isascii(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.isascii")) return nullptr;
  return py_bool(as_str(self)->is_ascii());
}

Value str_isidentifier(const Value& self, const Args& args) {
  if (!check_no_args(args, "str.isidentifier")) return nullptr;
  std::u32string cps = code_points(text_of(self));
  if (cps.empty() || !unicode::is_xid_start(cps[0])) return py_bool(false);
  for (std::size_t i = 1; i < cps.size(); i++) {
    if (!unicode::is_xid_continue(cps[i])) return py_bool(false);
  }
  return py_bool(true);
}

// ---- padding ----

// The fill character argument of center/ljust/rjust.
bool fill_char(const Args& args, std::size_t index, char32_t& out) {
  if (args.size() <= index) return true;
  const Value& v = args[index];
  if (!is_str(v)) {
    raise_format(type_error_type, "The fill character must be a unicode character, not %s", v.type()->name.c_str());
    return false;
  }
  if (as_str(v)->length() != 1) {
    raise_type_error("The fill character must be exactly one character long");
    return false;
  }
  std::size_t pos = 0;
  out = next_char(text_of(v), pos);
  return true;
}

std::string repeat_char(char32_t c, std::int64_t n) {
  std::string one;
  append_code_point(one, c);
  std::string out;
  for (std::int64_t i = 0; i < n; i++) out += one;
  return out;
}

enum class Align { Left, Right, Center };

template <Align align>
Value pad(const Value& self, const Args& args) {
  static const char* const names[] = {"ljust", "rjust", "center"};
  const char* name = names[static_cast<int>(align)];
  if (!check_no_kwargs(args, name) || !check_positional(args, name, 1, 2)) return nullptr;
  std::int64_t width = 0;
  char32_t fill = ' ';
  if (!to_index(args[0], width) || !fill_char(args, 1, fill)) return nullptr;
  std::int64_t length = as_str(self)->length();
  if (width <= length) return self.type() == str_type ? self : make_str(as_str(self)->text());
  std::int64_t total = width - length;
  std::int64_t left = 0;
  if (align == Align::Right) left = total;
  // CPython's center puts the odd extra character on the left when the width is odd.
  if (align == Align::Center) left = total / 2 + (total & width & 1);
  return make_str(repeat_char(fill, left) + as_str(self)->text() + repeat_char(fill, total - left));
}

Value str_zfill(const Value& self, const Args& args) {
  if (!check_one_arg(args, "str.zfill")) return nullptr;
  std::int64_t width = 0;
  if (!to_index(args[0], width)) return nullptr;
  std::string text = as_str(self)->text();
  std::int64_t length = as_str(self)->length();
  if (width <= length) return make_str(std::move(text));
  std::size_t sign = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  text.insert(sign, std::string(static_cast<std::size_t>(width - length), '0'));
  return make_str(std::move(text));
}

// ---- stripping ----

enum Sides { kLeft = 1, kRight = 2, kBoth = 3 };

template <int sides>
Value strip(const Value& self, const Args& args) {
  static const char* const names[] = {"", "lstrip", "rstrip", "strip"};
  if (!check_no_kwargs(args, names[sides]) || !check_positional(args, names[sides], 0, 1)) return nullptr;
  std::u32string chars;
  bool whitespace = args.size() == 0 || is_none(args[0]);
  if (!whitespace) {
    if (!is_str(args[0])) return raise_format(type_error_type, "%s arg must be None or str", names[sides]);
    chars = code_points(text_of(args[0]));
  }
  auto strips = [&](char32_t c) { return whitespace ? str_chars::is_space(c) : chars.find(c) != std::u32string::npos; };
  std::u32string cps = code_points(text_of(self));
  std::size_t begin = 0, end = cps.size();
  if (sides & kLeft) {
    while (begin < end && strips(cps[begin])) begin++;
  }
  if (sides & kRight) {
    while (end > begin && strips(cps[end - 1])) end--;
  }
  if (begin == 0 && end == cps.size() && self.type() == str_type) return self;
  return make_str(encode(cps.substr(begin, end - begin)));
}

Value str_expandtabs(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "expandtabs", .names = {"tabsize"}};
  Value a[1];
  if (!parse_args(args, spec, a)) return nullptr;
  std::int64_t tabsize = 8;
  if (a[0] && !to_index(a[0], tabsize)) return nullptr;
  std::string out;
  std::int64_t column = 0;
  std::string_view text = text_of(self);
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = next_char(text, pos);
    if (c == '\t') {
      if (tabsize > 0) {
        std::int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<std::size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      append_code_point(out, c);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return make_str(std::move(out));
}

}  // namespace

void add_str_case_methods(Type* t) {
  add_method(t, "upper", map_chars<"str.upper", str_chars::append_upper>);
  add_method(t, "lower", str_lower);
  add_method(t, "casefold", map_chars<"str.casefold", str_chars::append_casefold>);
  add_method(t, "swapcase", map_chars<"str.swapcase", append_swapped>);
  add_method(t, "capitalize", str_capitalize);
  add_method(t, "title", str_title);
  add_method(t, "isalpha", all_chars<"str.isalpha", str_chars::is_alpha>);
  add_method(t, "isalnum", all_chars<"str.isalnum", str_chars::is_alnum>);
  add_method(t, "isdigit", all_chars<"str.isdigit", str_chars::is_digit>);
  add_method(t, "isdecimal", all_chars<"str.isdecimal", str_chars::is_decimal>);
  add_method(t, "isnumeric", all_chars<"str.isnumeric", str_chars::is_numeric>);
  add_method(t, "isspace", all_chars<"str.isspace", str_chars::is_space>);
  add_method(t, "isupper", all_cased_as<"str.isupper", is_upper, is_lower>);
  add_method(t, "islower", all_cased_as<"str.islower", is_lower, is_upper>);
  add_method(t, "istitle", str_istitle);
  add_method(t, "isprintable", str_isprintable);
  add_method(t, "isascii", str_isascii);
  add_method(t, "isidentifier", str_isidentifier);
  add_method(t, "ljust", pad<Align::Left>);
  add_method(t, "rjust", pad<Align::Right>);
  add_method(t, "center", pad<Align::Center>);
  add_method(t, "zfill", str_zfill);
  add_method(t, "strip", strip<kBoth>);
  add_method(t, "lstrip", strip<kLeft>);
  add_method(t, "rstrip", strip<kRight>);
  add_method(t, "expandtabs", str_expandtabs);
}

}  // namespace py
