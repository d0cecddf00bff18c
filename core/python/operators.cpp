// Operators on any Value (runtime.hpp): CPython's binary_op1 / do_richcompare dispatch, with its
// operand-order rules and error messages.
#include <string>

#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

bool is_not_implemented(const Value& v) { return v.is(not_implemented_object); }

const char* compare_symbol(CompareOp op) {
  static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return symbols[static_cast<int>(op)];
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

// Both operands' slots, in the order CPython tries them: the right operand's first when its type
// is a proper subclass of the left's that has its own slot.
Value dispatch_binary(const Value& a, const Value& b, BinaryOp op) {
  Type* ta = a.type();
  Type* tb = b.type();
  BinarySlot sa = ta->binary[static_cast<int>(op)];
  BinarySlot sb = tb != ta ? tb->binary[static_cast<int>(op)] : nullptr;
  if (sb == sa) sb = nullptr;
  if (sa != nullptr) {
    if (sb != nullptr && tb->is_subtype_of(ta)) {
      Value r = sb(a, b);
      if (!is_not_implemented(r)) return r;
      sb = nullptr;
    }
    Value r = sa(a, b);
    if (!is_not_implemented(r)) return r;
  }
  if (sb != nullptr) return sb(a, b);
  return not_implemented();
}

bool is_sequence(const Value& v) { return is_str(v) || is_list(v) || is_tuple(v) || (v.type()->flags & Type::kRepeatable); }

Value unsupported(const Value& a, const Value& b, BinaryOp op, bool inplace) {
  const bool same_kind = (is_str(a) && is_str(b)) || (is_list(a) && is_list(b)) || (is_tuple(a) && is_tuple(b));
  if (op == BinaryOp::Add && !inplace && is_sequence(a) && !same_kind) {
    std::string seq(type_name(a));
    return raise_format(type_error_type, "can only concatenate %s (not \"%s\") to %s", seq.c_str(),
                        b.type()->name.c_str(), seq.c_str());
  }
  if (op == BinaryOp::Mul && (is_sequence(a) || is_sequence(b))) {
    const Value& other = is_sequence(a) ? b : a;
    return raise_format(type_error_type, "can't multiply sequence by non-int of type '%s'",
                        other.type()->name.c_str());
  }
  const char* symbol = binary_op_symbol(op, inplace);
  if (op == BinaryOp::Pow && !inplace) symbol = "** or pow()";
  return raise_format(type_error_type, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                      a.type()->name.c_str(), b.type()->name.c_str());
}

}  // namespace

const char* binary_op_symbol(BinaryOp op, bool inplace) {
  static const char* const plain[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  static const char* const augmented[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};
  return (inplace ? augmented : plain)[static_cast<int>(op)];
}

Value binary_op(const Value& a, const Value& b, BinaryOp op) {
  Value r = dispatch_binary(a, b, op);
  if (!r || !is_not_implemented(r)) return r;
  return unsupported(a, b, op, false);
}

Value inplace_op(const Value& a, const Value& b, BinaryOp op) {
  if (BinarySlot slot = a.type()->inplace[static_cast<int>(op)]) {
    Value r = slot(a, b);
    if (!r || !is_not_implemented(r)) return r;
  }
  Value r = dispatch_binary(a, b, op);
  if (!r || !is_not_implemented(r)) return r;
  return unsupported(a, b, op, true);
}

Value unary_op(const Value& a, UnaryOp op) {
  if (UnarySlot slot = a.type()->unary[static_cast<int>(op)]) return slot(a);
  static const char* const symbols[] = {"-", "+", "~"};
  return raise_format(type_error_type, "bad operand type for unary %s: '%s'", symbols[static_cast<int>(op)],
                      a.type()->name.c_str());
}

Value compare(const Value& a, const Value& b, CompareOp op) {
  Type* ta = a.type();
  Type* tb = b.type();
  bool reflected_first = false;
  if (ta != tb && tb->compare != nullptr && tb->is_subtype_of(ta)) {
    reflected_first = true;
    Value r = tb->compare(b, a, swapped(op));
    if (!r || !is_not_implemented(r)) return r;
  }
  if (ta->compare != nullptr) {
    Value r = ta->compare(a, b, op);
    if (!r || !is_not_implemented(r)) return r;
  }
  if (!reflected_first && tb->compare != nullptr) {
    Value r = tb->compare(b, a, swapped(op));
    if (!r || !is_not_implemented(r)) return r;
  }
  if (op == CompareOp::Eq) return py_bool(a.is(b));
  if (op == CompareOp::Ne) return py_bool(!a.is(b));
  return raise_format(type_error_type, "'%s' not supported between instances of '%s' and '%s'", compare_symbol(op),
                      ta->name.c_str(), tb->name.c_str());
}

int compare_bool(const Value& a, const Value& b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    std::int64_t x = a.small_int_value();
    std::int64_t y = b.small_int_value();
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      case CompareOp::Ge: return x >= y;
    }
  }
  Value r = compare(a, b, op);
  if (!r) return -1;
  return truthy(r);
}

int equal(const Value& a, const Value& b) {
  if (a.is(b)) return 1;
  return compare_bool(a, b, CompareOp::Eq);
}

int truthy(const Value& v) {
  if (v.is_small_int()) return v.small_int_value() != 0;
  if (v.is(true_object)) return 1;
  if (v.is(false_object) || v.is(none_object)) return 0;
  Type* t = v.type();
  if (t->truth != nullptr) return t->truth(v);
  if (t->len != nullptr) {
    std::int64_t n = 0;
    if (!t->len(v, n)) return -1;
    return n != 0;
  }
  return 1;
}

bool hash(const Value& v, std::int64_t& out) {
  if (v.is_small_int()) {
    out = hash_int64(v.small_int_value());
    return true;
  }
  HashSlot slot = v.type()->hash;
  if (slot == nullptr) {
    raise_format(type_error_type, "unhashable type: '%s'", v.type()->name.c_str());
    return false;
  }
  return slot(v, out);
}

}  // namespace py
