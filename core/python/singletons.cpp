// None, NotImplemented and Ellipsis, and their types.
//
// The objects live in static storage so that the pointers in runtime.hpp are constants, valid
// before init_runtime(); init_singleton_types() gives them their types.
#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {
namespace {

struct Singleton : Object {
  Singleton() : Object(nullptr) { refcnt = kImmortal; }
};

Singleton none_storage;
Singleton not_implemented_storage;
Singleton ellipsis_storage;

// A singleton's type: its repr is a fixed word and calling the type returns the singleton.
template <Object* const& instance>
Type* new_singleton_type(const char* type_name, const char* repr_text, TruthSlot truth = nullptr) {
  Type* type = new_builtin_type(type_name, 0);
  type->truth = truth;
  static const char* text = repr_text;
  type->repr = [](const Value&) -> Value { return Value::borrow(intern(text)); };
  static const char* name = type_name;
  type->new_instance = [](Type*, const Args& args) -> Value {
    if (args.size() != 0 || args.has_kwargs()) return raise_format(type_error_type, "%s takes no arguments", name);
    return Value::borrow(instance);
  };
  finish_builtin_type(type);
  instance->set_type(type);
  return type;
}

}  // namespace

Object* const none_object = &none_storage;
Object* const not_implemented_object = &not_implemented_storage;
Object* const ellipsis_object = &ellipsis_storage;

void init_singleton_types() {
  new_singleton_type<none_object>("NoneType", "None", [](const Value&) { return 0; });
  new_singleton_type<not_implemented_object>("NotImplementedType", "NotImplemented");
  new_singleton_type<ellipsis_object>("ellipsis", "Ellipsis");
}

}  // namespace py
