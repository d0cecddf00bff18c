#include "python/object.hpp"

#include "python/dict_object.hpp"

namespace py {

namespace {
bool is_heap_type(const Type* t) { return t != nullptr && (t->flags & Type::kHeapType) != 0; }
}  // namespace

Object::Object(Type* type) : type_(type) {
  if (is_heap_type(type)) detail::incref(type);
}

Object::~Object() {
  if (dict_ != nullptr) detail::decref(dict_);
  if (is_heap_type(type_)) detail::decref(type_);
}

DictObject* Object::ensure_instance_dict() {
  if (dict_ == nullptr) dict_ = make_dict().release();
  return dict_;
}

void Object::set_type(Type* t) {
  if (is_heap_type(t)) detail::incref(t);
  Type* old = std::exchange(type_, t);
  if (is_heap_type(old)) detail::decref(old);
}

}  // namespace py
