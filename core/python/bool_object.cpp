// bool: an int subclass with two instances. & | ^ between bools stay bools.
#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* bool_type = nullptr;

namespace {

// Static storage, so that true_object and false_object are constants (see singletons.cpp).
struct BoolStorage : IntObject {
  explicit BoolStorage(std::int64_t v) : IntObject(BigInt(v), nullptr) { refcnt = kImmortal; }
};
BoolStorage true_storage(1);
BoolStorage false_storage(0);

bool is_bool(const Value& v) { return v.is(true_object) || v.is(false_object); }

Value bool_repr(const Value& self) { return Value::borrow(intern(self.is(true_object) ? "True" : "False")); }

template <BinaryOp op>
Value bool_bitwise(const Value& a, const Value& b) {
  if (!is_bool(a) || !is_bool(b)) return int_type->binary[static_cast<int>(op)](a, b);
  bool x = a.is(true_object);
  bool y = b.is(true_object);
  switch (op) {
    case BinaryOp::And: return py_bool(x && y);
    case BinaryOp::Or: return py_bool(x || y);
    default: return py_bool(x != y);
  }
}

Value bool_new(Type*, const Args& args) {
  if (!check_no_kwargs(args, "bool") || !check_positional(args, "bool", 0, 1)) return nullptr;
  if (args.size() == 0) return py_bool(false);
  int t = truthy(args[0]);
  if (t < 0) return nullptr;
  return py_bool(t != 0);
}

}  // namespace

Object* const true_object = &true_storage;
Object* const false_object = &false_storage;

void init_bool_type() {
  bool_type = new_builtin_type("bool", Type::kIsIntSubclass, int_type);
  bool_type->repr = bool_repr;
  bool_type->new_instance = bool_new;
  bool_type->binary[static_cast<int>(BinaryOp::And)] = bool_bitwise<BinaryOp::And>;
  bool_type->binary[static_cast<int>(BinaryOp::Or)] = bool_bitwise<BinaryOp::Or>;
  bool_type->binary[static_cast<int>(BinaryOp::Xor)] = bool_bitwise<BinaryOp::Xor>;
  finish_builtin_type(bool_type);
  true_storage.set_type(bool_type);
  false_storage.set_type(bool_type);
}

}  // namespace py
