// printf-style formatting: `format % args` (CPython's PyUnicode_Format), with its messages.
#include <cctype>
#include <string>
#include <vector>

#include "python/bigint.hpp"
#include "python/errors.hpp"
#include "python/float_format.hpp"
#include "python/float_object.hpp"
#include "python/float_ops.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_support.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

struct Conversion {
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  std::int64_t width = -1;
  std::int64_t precision = -1;
  char type = 0;
};

// Where the values come from: the items of a tuple, one single value, or a mapping for %(name)s.
class Arguments {
 public:
  explicit Arguments(const Value& args) : args_(args) {
    if (is_tuple(args)) {
      items_ = as_tuple(args)->items;
      tuple_ = true;
    } else if (args.type()->getitem != nullptr && !is_str(args)) {
      mapping_ = args;
    }
  }
  const Value& mapping() const { return mapping_; }
  Value next() {
    if (tuple_ && index_ < items_.size()) return items_[index_++];
    if (!tuple_ && !single_used_) {
      single_used_ = true;
      return args_;
    }
    return raise_type_error("not enough arguments for format string");
  }
  // After a %(name) conversion the single argument counts as used (it is the mapping).
  void used_as_mapping() { single_used_ = true; }
  bool all_used() const { return !mapping_.empty() || (tuple_ ? index_ == items_.size() : single_used_); }

 private:
  Value args_;
  Value mapping_;
  std::vector<Value> items_;
  bool tuple_ = false;
  bool single_used_ = false;
  std::size_t index_ = 0;
};

// Pads `body` (preceded by `sign`, e.g. "-0x") to the width, with zeros after the sign when asked.
std::string pad(const Conversion& c, std::string sign, std::string body, bool zero_allowed = true) {
  auto length = static_cast<std::int64_t>(count_code_points(sign) + count_code_points(body));
  if (c.width <= length) return sign + body;
  auto fill = static_cast<std::size_t>(c.width - length);
  if (c.left) return sign + body + std::string(fill, ' ');
  if (c.zero && zero_allowed) return sign + std::string(fill, '0') + body;
  return std::string(fill, ' ') + sign + body;
}

std::string sign_of(const Conversion& c, bool negative) {
  if (negative) return "-";
  if (c.plus) return "+";
  if (c.space) return " ";
  return "";
}

bool format_integer(const Conversion& c, const Value& v, std::string& out) {
  Value number;
  if (is_int(v)) {
    number = v;
  } else if ((c.type == 'd' || c.type == 'i' || c.type == 'u') && is_float(v)) {
    NumResult<IntValue> r = float_to_int(float_value_of(v));
    if (!r) return raise_num_error(r.error()), false;
    number = int_from_value(std::move(r.value()));
  } else if (Value index = lookup_special(v, "__index__")) {
    number = call(index, {v});
    if (!number) return false;
  } else {
    if (c.type == 'd' || c.type == 'i' || c.type == 'u') {
      raise_format(type_error_type, "%%%c format: a real number is required, not %s", c.type, v.type()->name.c_str());
    } else {
      raise_format(type_error_type, "%%%c format: an integer is required, not %s", c.type, v.type()->name.c_str());
    }
    return false;
  }
  BigInt x = int_value_of(number).to_bigint();
  bool negative = x.is_negative();
  BigInt magnitude = x.abs();
  std::string digits;
  std::string prefix;
  if (c.type == 'x' || c.type == 'X' || c.type == 'o') {
    digits = magnitude.to_base_pow2(c.type == 'o' ? 8 : 16, false);
    if (c.alternate) prefix = c.type == 'o' ? "0o" : c.type == 'x' ? "0x" : "0X";
    if (c.type == 'X') {
      for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
  } else {
    NumResult<std::string> text = magnitude.to_decimal();
    if (!text) return raise_num_error(text.error()), false;
    digits = std::move(text.value());
  }
  if (c.precision > static_cast<std::int64_t>(digits.size())) {
    digits.insert(0, static_cast<std::size_t>(c.precision) - digits.size(), '0');
  }
  out += pad(c, sign_of(c, negative) + prefix, digits);
  return true;
}

bool format_floating(const Conversion& c, const Value& v, std::string& out) {
  double x = 0;
  if (!to_double(v, x)) return false;
  unsigned flags = c.alternate ? static_cast<unsigned>(kDtsAlt) : 0u;
  std::string text = double_to_string(x, c.type, c.precision < 0 ? 6 : static_cast<int>(c.precision), flags);
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  out += pad(c, sign_of(c, negative), text);
  return true;
}

bool format_char(const Conversion& c, const Value& v, std::string& out) {
  std::string ch;
  if (is_str(v) && as_str(v)->length() == 1) {
    ch = as_str(v)->text();
  } else if (is_int(v)) {
    IntValue i = int_value_of(v);
    if (i.is_big || i.small < 0 || i.small > 0x10FFFF) {
      raise(overflow_error_type, "%c arg not in range(0x110000)");
      return false;
    }
    append_code_point(ch, static_cast<char32_t>(i.small));
  } else {
    raise_type_error("%c requires int or char");
    return false;
  }
  out += pad(c, "", ch, false);
  return true;
}

bool format_text(const Conversion& c, const Value& v, std::string& out) {
  Value text = c.type == 's' ? str(v) : c.type == 'r' ? repr(v) : ascii(v);
  if (!text) return false;
  std::string body = as_str(text)->text();
  if (c.precision >= 0 && c.precision < as_str(text)->length()) {
    body.resize(code_point_offset(*as_str(text), c.precision));
  }
  out += pad(c, "", body, false);
  return true;
}

// Reads a number or '*' (taken from the arguments) at fmt[pos].
bool read_number(std::string_view fmt, std::size_t& pos, Arguments& args, std::int64_t& out, bool& negative_star) {
  if (pos < fmt.size() && fmt[pos] == '*') {
    pos++;
    Value v = args.next();
    if (!v) return false;
    if (!is_int(v)) {
      raise_type_error("* wants int");
      return false;
    }
    if (!to_int64(v, out)) return false;
    negative_star = out < 0;
    if (out < 0) out = -out;
    return true;
  }
  while (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
    out = (out < 0 ? 0 : out) * 10 + (fmt[pos++] - '0');
  }
  return true;
}

}  // namespace

Value str_percent_format(const Value& format, const Value& args_value) {
  std::string_view fmt = text_of(format);
  Arguments args(args_value);
  std::string out;
  std::size_t pos = 0;
  while (pos < fmt.size()) {
    std::size_t percent = fmt.find('%', pos);
    if (percent == std::string_view::npos) {
      out.append(fmt.substr(pos));
      break;
    }
    out.append(fmt.substr(pos, percent - pos));
    pos = percent + 1;
    Value value;
    if (pos < fmt.size() && fmt[pos] == '(') {
      if (args.mapping().empty()) return raise_type_error("format requires a mapping");
      int depth = 1;
      std::size_t key_start = ++pos;
      while (pos < fmt.size() && depth > 0) {
        depth += fmt[pos] == '(' ? 1 : fmt[pos] == ')' ? -1 : 0;
        pos++;
      }
      if (depth > 0) return raise_value_error("incomplete format key");
      value = get_item(args.mapping(), make_str(std::string(fmt.substr(key_start, pos - 1 - key_start))));
      if (!value) return nullptr;
      args.used_as_mapping();
    }
    Conversion c;
    for (; pos < fmt.size(); pos++) {
      char f = fmt[pos];
      if (f == '-') c.left = true;
      else if (f == '+') c.plus = true;
      else if (f == ' ') c.space = true;
      else if (f == '#') c.alternate = true;
      else if (f == '0') c.zero = true;
      else break;
    }
    bool negative_width = false, ignored = false;
    if (!read_number(fmt, pos, args, c.width, negative_width)) return nullptr;
    c.left = c.left || negative_width;
    if (pos < fmt.size() && fmt[pos] == '.') {
      pos++;
      c.precision = 0;
      if (!read_number(fmt, pos, args, c.precision, ignored)) return nullptr;
    }
    while (pos < fmt.size() && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) pos++;
    if (pos >= fmt.size()) return raise_value_error("incomplete format");
    c.type = fmt[pos];
    // "%%" is a literal percent; after flags, a width or a precision it is an unsupported type.
    if (c.type == '%' && pos == percent + 1) {
      out.push_back('%');
      pos++;
      continue;
    }
    if (!value) {
      value = args.next();
      if (!value) return nullptr;
    }
    bool ok = true;
    switch (c.type) {
      case 's': case 'r': case 'a': ok = format_text(c, value, out); break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': ok = format_integer(c, value, out); break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': ok = format_floating(c, value, out); break;
      case 'c': ok = format_char(c, value, out); break;
      default: {
        std::size_t char_pos = pos;
        char32_t bad = next_char(fmt, char_pos);
        std::string shown_text;
        append_code_point(shown_text, bad);
        return raise_format(value_error_type, "unsupported format character '%s' (0x%x) at index %lld",
                            shown_text.c_str(), static_cast<unsigned>(bad),
                            static_cast<long long>(count_code_points(fmt.substr(0, pos))));
      }
    }
    if (!ok) return nullptr;
    pos++;
  }
  if (!args.all_used()) return raise_type_error("not all arguments converted during string formatting");
  return make_str(std::move(out));
}

}  // namespace py
