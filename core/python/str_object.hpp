// str: immutable Unicode text, stored as UTF-8 (WTF-8 when it holds lone surrogates). Indexing
// and len() count code points; ASCII strings (the common case) index in O(1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "python/object.hpp"

namespace py {

extern Type* str_type;

struct StrObject : Object {
  StrObject(std::string text, Type* type = str_type);

  const std::string& text() const { return text_; }
  std::string_view view() const { return text_; }
  std::int64_t length() const { return length_; }  // in code points
  bool is_ascii() const { return static_cast<std::size_t>(length_) == text_.size(); }
  std::int64_t cached_hash = -1;  // -1: not computed yet
  bool interned = false;

 private:
  std::string text_;
  std::int64_t length_;
};

// A new str (on the current heap).
Ref<StrObject> make_str(std::string text);
// The interned str for an identifier or constant name: one object per distinct text per
// process (immortal), so names compare by pointer in dicts of attributes and globals.
StrObject* intern(std::string_view text);
inline bool is_str(const Value& v) { return v.is_object() && (v.type()->flags & Type::kIsStrSubclass); }
inline StrObject* as_str(const Value& v) { return static_cast<StrObject*>(v.object()); }

}  // namespace py
