// Text and number conversions of any Value (runtime.hpp): repr(), str(), ascii(), format(),
// and the integer/float coercions built-in functions use for their arguments.
#include <cstdio>
#include <string>

#include "python/errors.hpp"
#include "python/float_object.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

// A list's repr calls its items' reprs, so nested data recurses in C++ as deep as it is nested.
// Past this depth it is CPython's RecursionError, not a native stack overflow (wasm's stack is
// the smallest: about 1 MB in V8).
constexpr int kMaxReprDepth = 1000;
thread_local int repr_depth = 0;

class ReprDepth {
 public:
  ReprDepth() { ++repr_depth; }
  ~ReprDepth() { --repr_depth; }
  bool too_deep() const { return repr_depth > kMaxReprDepth; }
};

Value recursion_error_in_repr() {
  return raise(recursion_error_type, "maximum recursion depth exceeded while getting the repr of an object");
}

Value checked_text(Value result, const char* dunder) {
  if (result && !is_str(result)) {
    return raise_format(type_error_type, "%s returned non-string (type %s)", dunder, result.type()->name.c_str());
  }
  return result;
}

// Decodes one UTF-8 (or WTF-8) sequence starting at text[i]; advances i.
std::uint32_t decode_utf8(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  std::uint8_t b0 = byte(i);
  int extra = b0 < 0x80 ? 0 : b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  std::uint32_t cp = extra == 0 ? b0 : extra == 1 ? (b0 & 0x1F) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  i++;
  for (int k = 0; k < extra && i < text.size(); k++, i++) cp = (cp << 6) | (byte(i) & 0x3F);
  return cp;
}

}  // namespace

Value repr(const Value& v) {
  ReprDepth depth;
  if (depth.too_deep()) return recursion_error_in_repr();
  UnarySlot slot = v.type()->repr;
  if (slot == nullptr) slot = object_type->repr;
  return checked_text(slot(v), "__repr__");
}

Value str(const Value& v) {
  if (v.is_object() && v.type() == str_type) return v;
  UnarySlot slot = v.type()->str;
  if (slot == nullptr) return repr(v);
  ReprDepth depth;
  if (depth.too_deep()) return recursion_error_in_repr();
  return checked_text(slot(v), "__str__");
}

Value ascii(const Value& v) {
  Value r = repr(v);
  if (!r || as_str(r)->is_ascii()) return r;
  std::string_view text = as_str(r)->view();
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = decode_utf8(text, i);
    char buf[12];
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    }
    out += buf;
  }
  return make_str(std::move(out));
}

Value format(const Value& v, const Value& spec) {
  // On the type, as CPython's PyObject_Format: format(SomeClass) is type(SomeClass).__format__,
  // not the unbound SomeClass.__format__ an attribute lookup on the class finds.
  Value method = lookup_special(v, "__format__");
  if (!method) return raise_format(type_error_type, "Type %s doesn't define __format__", v.type()->name.c_str());
  Value r = call(method, {v, spec});
  if (r && !is_str(r)) {
    return raise_format(type_error_type, "__format__ must return a str, not %s", r.type()->name.c_str());
  }
  return r;
}

bool repr_string(const Value& v, std::string& out) {
  Value r = repr(v);
  if (!r) return false;
  out = as_str(r)->text();
  return true;
}

bool str_string(const Value& v, std::string& out) {
  Value r = str(v);
  if (!r) return false;
  out = as_str(r)->text();
  return true;
}

bool to_int64(const Value& v, std::int64_t& out) {
  if (v.is_small_int()) {
    out = v.small_int_value();
    return true;
  }
  if (!is_int(v)) {
    raise_format(type_error_type, "'%s' object cannot be interpreted as an integer", v.type()->name.c_str());
    return false;
  }
  const BigInt& big = static_cast<IntObject*>(v.object())->value;
  if (!big.fits_int64()) {
    raise(overflow_error_type, "Python int too large to convert to C ssize_t");
    return false;
  }
  out = big.to_int64();
  return true;
}

bool to_index(const Value& v, std::int64_t& out) {
  if (is_int(v)) return to_int64(v, out);
  Value method = lookup_special(v, "__index__");
  if (!method) {
    raise_format(type_error_type, "'%s' object cannot be interpreted as an integer", v.type()->name.c_str());
    return false;
  }
  Value r = call(method, {v});
  if (!r) return false;
  if (!is_int(r)) {
    raise_format(type_error_type, "__index__ returned non-int (type %s)", r.type()->name.c_str());
    return false;
  }
  return to_int64(r, out);
}

bool to_double(const Value& v, double& out) {
  if (v.is_small_int()) {
    out = static_cast<double>(v.small_int_value());
    return true;
  }
  if (is_float(v)) {
    out = float_value_of(v);
    return true;
  }
  if (is_int(v)) {
    NumResult<double> d = static_cast<IntObject*>(v.object())->value.to_double();
    if (!d) {
      raise(overflow_error_type, d.error().message);
      return false;
    }
    out = d.value();
    return true;
  }
  if (Value method = lookup_special(v, "__float__")) {
    Value r = call(method, {v});
    if (!r) return false;
    if (!is_float(r)) {
      raise_format(type_error_type, "%s.__float__ returned non-float (type %s)", v.type()->name.c_str(),
                   r.type()->name.c_str());
      return false;
    }
    out = float_value_of(r);
    return true;
  }
  raise_format(type_error_type, "must be real number, not %s", v.type()->name.c_str());
  return false;
}

}  // namespace py
