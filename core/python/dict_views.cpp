// dict.keys() / values() / items() views and the dict iterators.
#include <string>

#include "python/args.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/sequence_ops.hpp"
#include "python/set_object.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {
namespace {

enum Kind { kKeys = 0, kValues = 1, kItems = 2 };

Type* view_types[3] = {};
Type* iterator_types[3] = {};
Type* reverse_iterator_types[3] = {};

struct DictViewObject : Object {
  DictViewObject(Type* type, Ref<DictObject> dict, int kind) : Object(type), dict(std::move(dict)), kind(kind) {}
  Ref<DictObject> dict;
  int kind;
};

struct DictIterObject : Object {
  DictIterObject(Type* type, Ref<DictObject> d, int kind, bool reverse)
      : Object(type), dict(std::move(d)), kind(kind), reverse(reverse), size(dict->size()), version(dict->version()),
        pos(reverse ? dict->entries().size() : 0) {}
  Ref<DictObject> dict;  // null once exhausted
  int kind;
  bool reverse;
  std::int64_t size;       // for "changed size during iteration"
  std::uint64_t version;   // for "keys changed during iteration"
  std::size_t pos;         // next entry (reverse: one past it)
};

DictViewObject* as_view(const Value& v) { return static_cast<DictViewObject*>(v.object()); }

Value make_iterator(Ref<DictObject> dict, int kind, bool reverse) {
  Type* type = (reverse ? reverse_iterator_types : iterator_types)[kind];
  return make<DictIterObject>(type, std::move(dict), kind, reverse);
}

Value entry_item(const DictObject::Entry& e, int kind) {
  switch (kind) {
    case kKeys: return e.key;
    case kValues: return e.value;
    default: return make_tuple({e.key, e.value});
  }
}

Value dict_iter_next(const Value& self) {
  auto* it = static_cast<DictIterObject*>(self.object());
  DictObject* d = it->dict.get();
  if (d == nullptr) return nullptr;
  if (d->size() != it->size) {
    it->size = -1;  // stays broken, as CPython's
    return raise_runtime_error("dictionary changed size during iteration");
  }
  if (d->version() != it->version) return raise_runtime_error("dictionary keys changed during iteration");
  const auto& entries = d->entries();
  if (it->reverse) {
    while (it->pos > 0) {
      const auto& e = entries[--it->pos];
      if (!e.key.empty()) return entry_item(e, it->kind);
    }
  } else {
    while (it->pos < entries.size()) {
      const auto& e = entries[it->pos++];
      if (!e.key.empty()) return entry_item(e, it->kind);
    }
  }
  it->dict = nullptr;
  return nullptr;
}

Value view_iter(const Value& self) { return make_iterator(as_view(self)->dict, as_view(self)->kind, false); }

bool view_len(const Value& self, std::int64_t& out) {
  out = as_view(self)->dict->size();
  return true;
}

Value view_repr(const Value& self) {
  ReprGuard guard(self.object());
  std::string out = self.type()->name + "(";
  if (guard.recursive()) {
    out += "...";
  } else {
    std::vector<Value> items;
    if (!collect(self, items) || !append_repr(out, make_list(std::move(items)))) return nullptr;
  }
  out += ")";
  return make_str(std::move(out));
}

int view_contains(const Value& self, const Value& x) {
  DictViewObject* v = as_view(self);
  if (v->kind == kKeys) return contains(Value(v->dict), x);
  if (v->kind == kValues) {
    Value it = view_iter(self);
    while (Value item = iter_next(it)) {
      int eq = equal(item, x);
      if (eq != 0) return eq;
    }
    return error_occurred() ? -1 : 0;
  }
  if (!is_tuple(x) || as_tuple(x)->items.size() != 2) return 0;
  Value value = v->dict->get(as_tuple(x)->items[0]);
  if (!value) return error_occurred() ? -1 : 0;
  return equal(value, as_tuple(x)->items[1]);
}

// keys and items views are set-like: their operators build a set from the left operand.
template <const char* method>
Value view_set_op(const Value& a, const Value& b) {
  if (a.type()->iter == nullptr || b.type()->iter == nullptr) return not_implemented();
  Value result = make_set_from(a);
  if (!result) return nullptr;
  if (!call_method(result, method, {b})) return nullptr;
  return result;
}

constexpr char kIntersection[] = "intersection_update";
constexpr char kUnion[] = "update";
constexpr char kDifference[] = "difference_update";
constexpr char kSymmetricDifference[] = "symmetric_difference_update";

// A set-like view equals a set (or view) with the same elements.
Value view_compare(const Value& a, const Value& b, CompareOp op) {
  bool set_like = is_any_set(b) || b.type() == view_types[kKeys] || b.type() == view_types[kItems];
  if (!set_like || as_view(a)->kind == kValues) return not_implemented();
  Value left = make_set_from(a);
  if (!left) return nullptr;
  Value right = is_any_set(b) ? b : make_set_from(b);
  if (!right) return nullptr;
  return compare(left, right, op);
}

template <int kind>
Value view_reversed(const Value& self, const Args& args) {
  if (!check_no_args(args, "__reversed__")) return nullptr;
  return make_iterator(as_view(self)->dict, kind, true);
}

}  // namespace

Value dict_view(const Value& dict, int kind) {
  return make<DictViewObject>(view_types[kind], Ref<DictObject>::borrow(as_dict(dict)), kind);
}

Value dict_keys_iterator(const Value& dict) { return make_iterator(Ref<DictObject>::borrow(as_dict(dict)), kKeys, false); }

Value dict_reversed(const Value& self, const Args& args) {
  if (!check_no_args(args, "dict.__reversed__")) return nullptr;
  return make_iterator(Ref<DictObject>::borrow(as_dict(self)), kKeys, true);
}

void init_dict_views() {
  static const char* const view_names[] = {"dict_keys", "dict_values", "dict_items"};
  static const char* const iterator_names[] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
  static const char* const reverse_names[] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                              "dict_reverseitemiterator"};
  static const NativeFunction reversers[] = {view_reversed<kKeys>, view_reversed<kValues>, view_reversed<kItems>};
  for (int kind = kKeys; kind <= kItems; kind++) {
    Type* view = new_builtin_type(view_names[kind], 0);
    view->repr = view_repr;
    view->len = view_len;
    view->iter = view_iter;
    view->contains = view_contains;
    if (kind != kValues) {
      view->compare = view_compare;
      view->binary[static_cast<int>(BinaryOp::And)] = view_set_op<kIntersection>;
      view->binary[static_cast<int>(BinaryOp::Or)] = view_set_op<kUnion>;
      view->binary[static_cast<int>(BinaryOp::Sub)] = view_set_op<kDifference>;
      view->binary[static_cast<int>(BinaryOp::Xor)] = view_set_op<kSymmetricDifference>;
    }
    add_method(view, "__reversed__", reversers[kind]);
    finish_builtin_type(view);
    view_types[kind] = view;
    for (bool reverse : {false, true}) {
      Type* it = new_builtin_type((reverse ? reverse_names : iterator_names)[kind], 0);
      it->iter = iter_returns_self;
      it->next = dict_iter_next;
      finish_builtin_type(it);
      (reverse ? reverse_iterator_types : iterator_types)[kind] = it;
    }
  }
}

}  // namespace py
