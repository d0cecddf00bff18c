// Value: what the interpreter passes around. A tagged 64-bit word that is either a small int
// (unboxed, 62 bits: most ints a program touches never allocate) or an owning reference to an
// Object. The empty Value is "no value": a native function returns it to say "an exception is set"
// (CPython's NULL + PyErr_Occurred), see errors.hpp.
//
// Ownership: a Value owns one reference. Copying increments, destroying decrements, moving steals.
// Ref<T> is the typed twin for code that knows what it holds (Ref<StrObject>); it converts to Value.
#pragma once

#include <cassert>
#include <cstdint>
#include <utility>
#include <vector>

namespace py {

class Object;
struct Type;

namespace detail {
void incref(Object* o);
void decref(Object* o);
}  // namespace detail

class Value {
 public:
  static constexpr std::int64_t kMaxSmall = (std::int64_t{1} << 61) - 1;
  static constexpr std::int64_t kMinSmall = -(std::int64_t{1} << 61);
  static bool fits_small(std::int64_t v) { return v >= kMinSmall && v <= kMaxSmall; }

  Value() = default;
  Value(std::nullptr_t) {}  // NOLINT: `return nullptr;` reads as "exception set"
  ~Value() { release(); }
  Value(const Value& o) : bits_(o.bits_) { retain(); }
  Value(Value&& o) noexcept : bits_(std::exchange(o.bits_, 0)) {}
  Value& operator=(const Value& o) {
    Value(o).swap(*this);
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    Value(std::move(o)).swap(*this);
    return *this;
  }
  void swap(Value& o) noexcept { std::swap(bits_, o.bits_); }

  // A new reference to `o` (increments).
  static Value borrow(Object* o) {
    Value v;
    v.bits_ = reinterpret_cast<std::uintptr_t>(o);
    v.retain();
    return v;
  }
  // Adopts a reference the caller owned (no increment).
  static Value steal(Object* o) {
    Value v;
    v.bits_ = reinterpret_cast<std::uintptr_t>(o);
    return v;
  }
  // Requires fits_small(v); use int_from_int64() (int_object.hpp) for any int64.
  static Value small_int(std::int64_t v) {
    assert(fits_small(v));
    Value r;
    r.bits_ = (static_cast<std::uint64_t>(v) << 2) | kIntTag;
    return r;
  }

  bool empty() const { return bits_ == 0; }
  explicit operator bool() const { return bits_ != 0; }
  bool is_small_int() const { return (bits_ & kIntTag) != 0; }
  bool is_object() const { return bits_ != 0 && !is_small_int(); }
  std::int64_t small_int_value() const {
    assert(is_small_int());
    return static_cast<std::int64_t>(bits_) >> 2;
  }
  Object* object() const {
    assert(is_object());
    return reinterpret_cast<Object*>(bits_);
  }
  // The object, or nullptr for small ints and the empty Value.
  Object* object_or_null() const { return is_object() ? reinterpret_cast<Object*>(bits_) : nullptr; }
  // Gives up ownership of the object (the caller now owns the reference).
  Object* release_object() {
    assert(is_object());
    return reinterpret_cast<Object*>(std::exchange(bits_, 0));
  }

  // Identity: `a is b`.
  bool is(const Value& o) const { return bits_ == o.bits_; }
  bool is(const Object* o) const { return bits_ == reinterpret_cast<std::uintptr_t>(o); }
  std::uint64_t raw_bits() const { return bits_; }

  // The object's type; int's type for small ints. Not for the empty Value.
  Type* type() const;

 private:
  static constexpr std::uint64_t kIntTag = 1;
  void retain() const {
    if (is_object()) detail::incref(reinterpret_cast<Object*>(bits_));
  }
  void release() {
    if (is_object()) detail::decref(reinterpret_cast<Object*>(bits_));
  }

  std::uint64_t bits_ = 0;
};

// An owning, typed reference to an object (never a small int).
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}  // NOLINT
  ~Ref() {
    if (p_) detail::decref(p_);
  }
  Ref(const Ref& o) : p_(o.p_) {
    if (p_) detail::incref(p_);
  }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.release()) {}  // NOLINT: upcast
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) {  // NOLINT: upcast
    if (p_) detail::incref(p_);
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  static Ref borrow(T* p) {
    Ref r;
    r.p_ = p;
    if (p) detail::incref(p);
    return r;
  }
  static Ref steal(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  T* release() { return std::exchange(p_, nullptr); }

  operator Value() const& { return p_ ? Value::borrow(p_) : Value(); }          // NOLINT
  operator Value() && { return p_ ? Value::steal(std::exchange(p_, nullptr)) : Value(); }  // NOLINT

 private:
  T* p_ = nullptr;
};

// Releases a container's items last to first, as CPython frees a list's or tuple's, whichever order
// the C++ library destroys a vector's elements in: finalizers (__del__, closing generators) then run
// in the same order on every platform.
inline void release_last_to_first(std::vector<Value>& items) {
  for (auto it = items.rbegin(); it != items.rend(); ++it) *it = Value();
  items.clear();
}

}  // namespace py
