// str: the object, interning, and the slots (hash, comparison, indexing and slicing by code
// point, concatenation, repetition, `in`, repr with CPython's quoting, iteration, str()).
#include "python/str_object.hpp"

#include <array>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/slice_object.hpp"
#include "python/str_support.hpp"
#include "python/types_support.hpp"
#include "python/unicode.hpp"

namespace py {

Type* str_type = nullptr;

namespace {
Type* str_iterator_type = nullptr;
Type* str_ascii_iterator_type = nullptr;
}  // namespace

namespace {
// Strs made while the object model was built, before str existed (init_str_type() types them).
std::vector<StrObject*>& strs_made_before_str_type() {
  static std::vector<StrObject*> strs;
  return strs;
}
}  // namespace

StrObject::StrObject(std::string text, Type* type)
    : Object(type), text_(std::move(text)), length_(count_code_points(text_)) {
  if (type == nullptr) strs_made_before_str_type().push_back(this);
}

Ref<StrObject> make_str(std::string text) { return make<StrObject>(std::move(text)); }

namespace {
// Never destroyed, like the immortal strs it indexes (a static table would die at exit first and
// leave them unreachable for leak checkers).
std::unordered_map<std::string_view, StrObject*>& intern_table() {
  static auto* table = new std::unordered_map<std::string_view, StrObject*>();
  return *table;
}
}  // namespace

StrObject* intern(std::string_view text) {
  auto& table = intern_table();
  auto it = table.find(text);
  if (it != table.end()) return it->second;
  StrObject* s = make_immortal<StrObject>(std::string(text));
  s->interned = true;
  table.emplace(s->view(), s);
  return s;
}

// ---- code points ----

char32_t next_char(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  std::uint8_t b0 = byte(pos);
  int extra = b0 < 0xC0 ? 0 : b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  if (extra == 0 || pos + extra >= text.size()) {
    pos++;  // ASCII, or a stray byte
    return b0;
  }
  char32_t cp = extra == 1 ? (b0 & 0x1F) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  pos++;
  for (int k = 0; k < extra; k++, pos++) cp = (cp << 6) | (byte(pos) & 0x3F);
  return cp;
}

std::int64_t count_code_points(std::string_view text) {
  std::int64_t n = 0;
  for (char c : text) n += (static_cast<std::uint8_t>(c) & 0xC0) != 0x80;
  return n;
}

std::size_t code_point_offset(const StrObject& s, std::int64_t index) {
  if (s.is_ascii()) return static_cast<std::size_t>(index);
  std::string_view text = s.view();
  std::size_t pos = 0;
  for (std::int64_t i = 0; i < index; i++) next_char(text, pos);
  return pos;
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) out.push_back(next_char(text, pos));
  return out;
}

void append_code_point(std::string& out, char32_t cp) { unicode::append_utf8(out, cp); }

Value str_from_code_point(char32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    return Value::borrow(intern(std::string_view(&c, 1)));
  }
  std::string text;
  append_code_point(text, cp);
  return make_str(std::move(text));
}

std::int64_t str_hash_value(StrObject* s) {
  if (s->cached_hash == -1) {
    // FNV-1a, then a final avalanche (CPython's string hash is randomized per process anyway).
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s->view()) h = (h ^ static_cast<std::uint8_t>(c)) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    auto result = static_cast<std::int64_t>(h);
    s->cached_hash = result == -1 ? -2 : result;
  }
  return s->cached_hash;
}

namespace {

// ---- slots ----

bool str_hash(const Value& v, std::int64_t& out) {
  out = str_hash_value(as_str(v));
  return true;
}

Value str_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_str(b)) return not_implemented();
  int order = text_of(a).compare(text_of(b));
  return py_bool(compare_result((order > 0) - (order < 0), op));
}

bool str_len(const Value& v, std::int64_t& out) {
  out = as_str(v)->length();
  return true;
}

Value str_slice(const StrObject& s, const Value& slice) {
  std::int64_t start = 0, stop = 0, step = 0, count = 0;
  if (!slice_indices(slice, s.length(), start, stop, step, count)) return nullptr;
  if (count <= 0) return Value::borrow(intern(""));
  if (step == 1) {
    std::size_t begin = code_point_offset(s, start);
    std::size_t end = begin;
    if (s.is_ascii()) {
      end = static_cast<std::size_t>(stop);
    } else {
      for (std::int64_t i = 0; i < count; i++) next_char(s.view(), end);
    }
    return make_str(std::string(s.view().substr(begin, end - begin)));
  }
  std::string out;
  if (s.is_ascii()) {
    for (std::int64_t i = 0; i < count; i++) out.push_back(s.view()[static_cast<std::size_t>(start + i * step)]);
  } else {
    std::u32string cps = code_points(s.view());
    for (std::int64_t i = 0; i < count; i++) append_code_point(out, cps[static_cast<std::size_t>(start + i * step)]);
  }
  return make_str(std::move(out));
}

Value str_getitem(const Value& self, const Value& key) {
  StrObject& s = *as_str(self);
  if (is_slice(key)) return str_slice(s, key);
  if (!is_index_like(key)) {
    return raise_format(type_error_type, "string indices must be integers, not '%s'", key.type()->name.c_str());
  }
  std::int64_t i = 0;
  if (!sequence_index(key, s.length(), "string index out of range", i)) return nullptr;
  if (s.is_ascii()) return str_from_code_point(static_cast<unsigned char>(s.view()[static_cast<std::size_t>(i)]));
  std::size_t pos = code_point_offset(s, i);
  return str_from_code_point(next_char(s.view(), pos));
}

int str_contains(const Value& self, const Value& item) {
  if (!is_str(item)) {
    raise_format(type_error_type, "'in <string>' requires string as left operand, not %s", item.type()->name.c_str());
    return -1;
  }
  return text_of(self).find(text_of(item)) != std::string_view::npos;
}

Value str_concat(const Value& a, const Value& b) {
  if (!is_str(a) || !is_str(b)) return not_implemented();
  std::string out;
  out.reserve(text_of(a).size() + text_of(b).size());
  out += text_of(a);
  out += text_of(b);
  return make_str(std::move(out));
}

Value str_repeat(const Value& a, const Value& b) {
  int side = 0;
  std::int64_t count = 0;
  int r = repeat_operands(a, b, is_str, side, count);
  if (r <= 0) return r == 0 ? not_implemented() : nullptr;
  return make_str(repeat_items<std::string>(text_of(side == 0 ? a : b), count));
}

Value str_mod(const Value& a, const Value& b) {
  if (!is_str(a)) return not_implemented();
  return str_percent_format(a, b);
}

void append_escaped(std::string& out, char32_t cp) {
  char buf[12];
  if (cp < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
  } else if (cp < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
  }
  out += buf;
}

Value str_repr(const Value& self) {
  std::string_view text = text_of(self);
  // CPython's choice: single quotes unless the text has a single quote and no double quote.
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(quote);
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = next_char(text, pos);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_escaped(out, cp);
    } else if (cp < 0x7F) {
      out.push_back(static_cast<char>(cp));
    } else if (unicode::is_printable(cp)) {
      append_code_point(out, cp);
    } else {
      append_escaped(out, cp);
    }
  }
  out.push_back(quote);
  return make_str(std::move(out));
}

Value str_str(const Value& self) {
  if (self.type() == str_type) return self;
  return make_str(as_str(self)->text());
}

// ---- iteration ----

struct StrIterObject : Object {
  StrIterObject(Ref<StrObject> s, Type* type) : Object(type), str(std::move(s)) {}
  Ref<StrObject> str;
  std::size_t pos = 0;  // byte offset of the next character
};

Value str_iter(const Value& self) {
  StrObject* s = as_str(self);
  return make<StrIterObject>(Ref<StrObject>::borrow(s), s->is_ascii() ? str_ascii_iterator_type : str_iterator_type);
}

Value str_iter_next(const Value& self) {
  auto* it = static_cast<StrIterObject*>(self.object());
  if (!it->str) return nullptr;
  std::string_view text = it->str->view();
  if (it->pos >= text.size()) {
    it->str = nullptr;
    return nullptr;
  }
  return str_from_code_point(next_char(text, it->pos));
}



// ---- str() ----

Value str_new(Type* type, const Args& args) {
  static const ArgSpec spec{.fname = "str", .names = {"object", "encoding", "errors"}};
  std::array<Value, 3> a;
  if (!parse_args(args, spec, a)) return nullptr;
  Value result;
  if (!a[0]) {
    result = Value::borrow(intern(""));
  } else if (a[1] || a[2]) {
    if (is_str(a[0])) return raise_type_error("decoding str is not supported");
    return raise_format(type_error_type, "decoding to str: need a bytes-like object, %s found",
                        a[0].type()->name.c_str());
  } else {
    result = str(a[0]);
  }
  if (!result || type == str_type) return result;
  return make<StrObject>(as_str(result)->text(), type);
}

}  // namespace

void init_str_type() {
  str_type = new_builtin_type("str", Type::kBaseType | Type::kIsStrSubclass);
  for (StrObject* s : strs_made_before_str_type()) s->set_type(str_type);
  strs_made_before_str_type() = {};
  Type* t = str_type;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash;
  t->compare = str_compare;
  t->len = str_len;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->new_instance = str_new;
  t->binary[static_cast<int>(BinaryOp::Add)] = str_concat;
  t->binary[static_cast<int>(BinaryOp::Mul)] = str_repeat;
  t->binary[static_cast<int>(BinaryOp::Mod)] = str_mod;
  add_str_methods(t);
  finish_builtin_type(t);

  for (Type** it : {&str_iterator_type, &str_ascii_iterator_type}) {
    *it = new_builtin_type(it == &str_iterator_type ? "str_iterator" : "str_ascii_iterator", 0);
    (*it)->iter = iter_returns_self;
    (*it)->next = str_iter_next;
    finish_builtin_type(*it);
  }
}

}  // namespace py
