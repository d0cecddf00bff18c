// The dict type: its slots (repr, ==, [], `in`, |) and methods (get, setdefault, pop, popitem,
// update, copy, fromkeys, keys/values/items).
#include <array>

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/types_support.hpp"

namespace py {

Type* dict_type = nullptr;

namespace {

DictObject* dict_of(const Value& v) { return as_dict(v); }

Value dict_repr(const Value& self) {
  ReprGuard guard(self.object());
  if (guard.recursive()) return make_str("{...}");
  std::string out = "{";
  const auto& entries = dict_of(self)->entries();
  bool first = true;
  for (std::size_t i = 0; i < entries.size(); i++) {
    if (entries[i].key.empty()) continue;
    Value key = entries[i].key;
    Value value = entries[i].value;
    if (!first) out += ", ";
    first = false;
    if (!append_repr(out, key)) return nullptr;
    out += ": ";
    if (!append_repr(out, value)) return nullptr;
  }
  out += "}";
  return make_str(std::move(out));
}

// Equal sizes and every key of `a` maps to an equal value in `b`.
int dicts_equal(DictObject* a, DictObject* b) {
  if (a->size() != b->size()) return 0;
  const auto& entries = a->entries();
  for (std::size_t i = 0; i < entries.size(); i++) {
    if (entries[i].key.empty()) continue;
    Value key = entries[i].key;
    Value value = entries[i].value;
    Value other = b->get(key);
    if (!other) return error_occurred() ? -1 : 0;
    int eq = equal(value, other);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_compare(const Value& a, const Value& b, CompareOp op) {
  if (!is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  int eq = dicts_equal(dict_of(a), dict_of(b));
  if (eq < 0) return nullptr;
  return py_bool((eq == 1) == (op == CompareOp::Eq));
}

bool dict_len(const Value& self, std::int64_t& out) {
  out = dict_of(self)->size();
  return true;
}

Value dict_getitem(const Value& self, const Value& key) {
  if (Value v = dict_of(self)->get(key)) return v;
  if (error_occurred()) return nullptr;
  if (self.type() != dict_type) {
    if (Value missing = lookup_special(self, "__missing__")) return call(missing, {self, key});
  }
  return raise_key_error(key);
}

bool dict_setitem(const Value& self, const Value& key, const Value& value) {
  if (value) return dict_of(self)->set(key, value);
  int r = dict_of(self)->remove(key);
  if (r == 0) raise_key_error(key);
  return r == 1;
}

int dict_contains(const Value& self, const Value& key) {
  if (dict_of(self)->get(key)) return 1;
  return error_occurred() ? -1 : 0;
}

Value dict_iter(const Value& self) { return dict_keys_iterator(self); }

bool copy_into(DictObject* target, DictObject* source) {
  const auto& entries = source->entries();
  for (std::size_t i = 0; i < entries.size(); i++) {
    if (entries[i].key.empty()) continue;
    Value key = entries[i].key;
    Value value = entries[i].value;
    if (!target->set(key, std::move(value))) return false;
  }
  return true;
}

Value dict_or(const Value& a, const Value& b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  Ref<DictObject> result = make_dict();
  if (!copy_into(result.get(), dict_of(a)) || !copy_into(result.get(), dict_of(b))) return nullptr;
  return result;
}

Value dict_inplace_or(const Value& self, const Value& other) {
  if (!dict_merge_from(dict_of(self), other)) return nullptr;
  return self;
}

// Keyword arguments of dict(...) and update(...): each name becomes a key.
bool merge_kwargs(DictObject* d, const Args& args) {
  for (std::size_t i = 0; i < args.kw_values.size(); i++) {
    if (!d->set(Value::borrow(args.kw_names[i]), args.kw_values[i])) return false;
  }
  return true;
}

Value dict_new(Type* type, const Args&) { return make<DictObject>(type); }

bool dict_init(const Value& self, const Args& args) {
  if (!check_positional(Args{args.pos, {}, {}}, "dict", 0, 1)) return false;
  if (args.size() == 1 && !dict_merge_from(dict_of(self), args[0])) return false;
  return merge_kwargs(dict_of(self), args);
}

// ---- methods ----

Value dict_get(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "get") || !check_positional(args, "get", 1, 2)) return nullptr;
  if (Value v = dict_of(self)->get(args[0])) return v;
  if (error_occurred()) return nullptr;
  return args.size() == 2 ? args[1] : none();
}

Value dict_setdefault(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "setdefault") || !check_positional(args, "setdefault", 1, 2)) return nullptr;
  if (Value v = dict_of(self)->get(args[0])) return v;
  if (error_occurred()) return nullptr;
  Value value = args.size() == 2 ? args[1] : none();
  if (!dict_of(self)->set(args[0], value)) return nullptr;
  return value;
}

Value dict_pop(const Value& self, const Args& args) {
  if (!check_no_kwargs(args, "pop") || !check_positional(args, "pop", 1, 2)) return nullptr;
  Value v = dict_of(self)->get(args[0]);
  if (!v) {
    if (error_occurred()) return nullptr;
    if (args.size() == 2) return args[1];
    return raise_key_error(args[0]);
  }
  if (dict_of(self)->remove(args[0]) < 0) return nullptr;
  return v;
}

Value dict_popitem(const Value& self, const Args& args) {
  if (!check_no_args(args, "dict.popitem")) return nullptr;
  DictObject* d = dict_of(self);
  const auto& entries = d->entries();
  for (std::size_t i = entries.size(); i-- > 0;) {
    if (entries[i].key.empty()) continue;
    Value key = entries[i].key;
    Value value = entries[i].value;
    if (d->remove(key) < 0) return nullptr;
    return make_tuple({std::move(key), std::move(value)});
  }
  return raise(key_error_type, "popitem(): dictionary is empty");
}

Value dict_update(const Value& self, const Args& args) {
  if (!check_positional(Args{args.pos, {}, {}}, "update", 0, 1)) return nullptr;
  if (args.size() == 1 && !dict_merge_from(dict_of(self), args[0])) return nullptr;
  if (!merge_kwargs(dict_of(self), args)) return nullptr;
  return none();
}

Value dict_clear(const Value& self, const Args& args) {
  if (!check_no_args(args, "dict.clear")) return nullptr;
  dict_of(self)->clear();
  return none();
}

Value dict_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "dict.copy")) return nullptr;
  Ref<DictObject> result = make_dict();
  if (!copy_into(result.get(), dict_of(self))) return nullptr;
  return result;
}

template <int kind>
Value dict_view_method(const Value& self, const Args& args) {
  static const char* const names[] = {"dict.keys", "dict.values", "dict.items"};
  if (!check_no_args(args, names[kind])) return nullptr;
  return dict_view(self, kind);
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys(const Value&, const Args& args) {
  if (!check_no_kwargs(args, "fromkeys") || !check_positional(Args{args.pos.subspan(1), {}, {}}, "fromkeys", 1, 2)) {
    return nullptr;
  }
  Value result = call(args[0]);
  if (!result) return nullptr;
  Value value = args.size() == 3 ? args[2] : none();
  Value it = get_iter(args[1]);
  if (!it) return nullptr;
  while (Value key = iter_next(it)) {
    if (!set_item(result, key, value)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return result;
}

}  // namespace

// Pairs from an iterable, as dict([(k, v), ...]), with CPython's messages for bad elements.
bool merge_pairs(DictObject* d, const Value& iterable) {
  Value it = get_iter(iterable);
  if (!it) return false;
  std::int64_t n = 0;
  for (; Value item = iter_next(it); n++) {
    std::vector<Value> pair;
    if (item.type()->iter == nullptr) {
      raise_format(type_error_type, "cannot convert dictionary update sequence element #%lld to a sequence",
                   static_cast<long long>(n));
      return false;
    }
    if (!collect(item, pair)) return false;
    if (pair.size() != 2) {
      raise_format(value_error_type, "dictionary update sequence element #%lld has length %zu; 2 is required",
                   static_cast<long long>(n), pair.size());
      return false;
    }
    if (!d->set(pair[0], pair[1])) return false;
  }
  return !error_occurred();
}

bool dict_merge_from(DictObject* d, const Value& other) {
  if (is_dict(other) && other.type()->iter == dict_type->iter) return copy_into(d, as_dict(other));
  Value keys = getattr_optional(other, intern("keys"));
  if (!keys) return !error_occurred() && merge_pairs(d, other);
  Value key_list = call(keys);
  if (!key_list) return false;
  Value it = get_iter(key_list);
  if (!it) return false;
  while (Value key = iter_next(it)) {
    Value value = get_item(other, key);
    if (!value || !d->set(key, std::move(value))) return false;
  }
  return !error_occurred();
}

void init_dict_type() {
  dict_type = new_builtin_type("dict", Type::kBaseType | Type::kIsDictSubclass);
  adopt_dicts_made_before_dict_type(dict_type);
  Type* t = dict_type;
  t->repr = dict_repr;
  t->compare = dict_compare;
  t->len = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->new_instance = dict_new;
  t->init = dict_init;
  t->binary[static_cast<int>(BinaryOp::Or)] = dict_or;
  t->inplace[static_cast<int>(BinaryOp::Or)] = dict_inplace_or;
  add_method(t, "get", dict_get);
  add_method(t, "setdefault", dict_setdefault);
  add_method(t, "pop", dict_pop);
  add_method(t, "popitem", dict_popitem);
  add_method(t, "update", dict_update);
  add_method(t, "clear", dict_clear);
  add_method(t, "copy", dict_copy);
  add_method(t, "keys", dict_view_method<0>);
  add_method(t, "values", dict_view_method<1>);
  add_method(t, "items", dict_view_method<2>);
  add_method(t, "__reversed__", dict_reversed);
  t->dict->set_str(intern("fromkeys"), make_classmethod(make_builtin("fromkeys", dict_fromkeys)));
  finish_builtin_type(t);
  init_dict_views();
}

}  // namespace py
