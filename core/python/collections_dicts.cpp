// The dict subclasses of collections: defaultdict (missing keys get a default), Counter
// (counting, missing keys are 0) and OrderedDict (move_to_end, popitem(last=)).
#include <algorithm>
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/collections_internal.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {

Type* defaultdict_type = nullptr;
Type* counter_type = nullptr;
Type* ordered_dict_type = nullptr;

namespace {

DictObject* dict_of(const Value& v) { return as_dict(v); }

// The live entries of a dict, copied (the dict may change while they are used).
std::vector<DictObject::Entry> entries_of(DictObject* d) {
  std::vector<DictObject::Entry> out;
  for (const DictObject::Entry& e : d->entries()) {
    if (e.key) out.push_back(e);
  }
  return out;
}

Value type_prefixed(const Value& self, const std::string& inner) { return make_str(self.type()->name + "(" + inner + ")"); }

// ---- defaultdict ----

struct DefaultDictObject : DictObject {
  explicit DefaultDictObject(Type* type) : DictObject(type) {}
  Value factory;  // empty or None: no default
};

DefaultDictObject* as_defaultdict(const Value& v) { return static_cast<DefaultDictObject*>(v.object()); }

Value defaultdict_new(Type* type, const Args&) { return make<DefaultDictObject>(type); }

bool defaultdict_init(const Value& self, const Args& args) {
  Args rest = args;
  if (args.size() > 0) {
    if (!is_none(args[0]) && !is_callable(args[0])) {
      raise_type_error("first argument must be callable or None");
      return false;
    }
    as_defaultdict(self)->factory = args[0];
    rest.pos = args.pos.subspan(1);
  }
  return dict_type->init(self, rest);
}

Value defaultdict_missing(const Value& self, const Args& args) {
  if (!check_one_arg(args, "__missing__")) return nullptr;
  const Value& factory = as_defaultdict(self)->factory;
  if (!factory || is_none(factory)) return raise_key_error(args[0]);
  Value value = call(factory, {});
  if (!value || !dict_of(self)->set(args[0], value)) return nullptr;
  return value;
}

Value defaultdict_repr(const Value& self) {
  const Value& factory = as_defaultdict(self)->factory;
  std::string factory_text = "None";
  if (factory && !repr_string(factory, factory_text)) return nullptr;
  Value dict_text = dict_type->repr(self);
  if (!dict_text) return nullptr;
  return type_prefixed(self, factory_text + ", " + as_str(dict_text)->text());
}

Value defaultdict_get_factory(const Value& self) {
  const Value& factory = as_defaultdict(self)->factory;
  return factory ? factory : none();
}

bool defaultdict_set_factory(const Value& self, const Value& value) {
  as_defaultdict(self)->factory = value;
  return true;
}

Value defaultdict_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "defaultdict.copy")) return nullptr;
  Ref<DefaultDictObject> copy = make<DefaultDictObject>(self.type());
  copy->factory = as_defaultdict(self)->factory;
  for (const DictObject::Entry& e : entries_of(dict_of(self))) {
    if (!copy->set(e.key, e.value)) return nullptr;
  }
  return copy;
}

// ---- Counter ----

Value counter_new(Type* type, const Args&) { return make<DictObject>(type); }

// Adds (sign 1) or subtracts (sign -1) counts: from a mapping its values, from an iterable one each.
bool count_into(const Value& self, const Value& source, int sign) {
  DictObject* d = dict_of(self);
  Value one = Value::small_int(sign);
  if (is_dict(source)) {
    for (const DictObject::Entry& e : entries_of(dict_of(source))) {
      Value current = d->get(e.key);
      if (!current && error_occurred()) return false;
      Value updated = current ? binary_op(current, e.value, sign > 0 ? BinaryOp::Add : BinaryOp::Sub)
                              : (sign > 0 ? e.value : unary_op(e.value, UnaryOp::Neg));
      if (!updated || !d->set(e.key, updated)) return false;
    }
    return true;
  }
  Value it = get_iter(source);
  if (!it) return false;
  while (Value item = iter_next(it)) {
    Value current = d->get(item);
    if (!current && error_occurred()) return false;
    Value updated = current ? binary_op(current, one, BinaryOp::Add) : one;
    if (!updated || !d->set(item, updated)) return false;
  }
  return !error_occurred();
}

bool count_keywords(const Value& self, const Args& args, int sign) {
  if (!args.has_kwargs()) return true;
  Ref<DictObject> kwargs = make_dict();
  for (std::size_t i = 0; i < args.kw_names.size(); i++) kwargs->set_str(args.kw_names[i], args.kw_values[i]);
  return count_into(self, kwargs, sign);
}

bool counter_update_args(const Value& self, const Args& args, const char* fname, int sign) {
  if (!check_positional(Args{args.pos, {}, {}}, fname, 0, 1)) return false;
  if (args.size() == 1 && !is_none(args[0]) && !count_into(self, args[0], sign)) return false;
  return count_keywords(self, args, sign);
}

bool counter_init(const Value& self, const Args& args) { return counter_update_args(self, args, "Counter", 1); }

Value counter_update(const Value& self, const Args& args) {
  if (!counter_update_args(self, args, "update", 1)) return nullptr;
  return none();
}

Value counter_subtract(const Value& self, const Args& args) {
  if (!counter_update_args(self, args, "subtract", -1)) return nullptr;
  return none();
}

Value counter_missing(const Value&, const Args& args) {
  if (!check_one_arg(args, "__missing__")) return nullptr;
  return Value::small_int(0);
}

// Entries by count, highest first; equal counts keep insertion order.
bool by_count(const Value& self, std::vector<DictObject::Entry>& out) {
  out = entries_of(dict_of(self));
  bool failed = false;
  std::stable_sort(out.begin(), out.end(), [&](const DictObject::Entry& a, const DictObject::Entry& b) {
    if (failed) return false;
    int greater = compare_bool(a.value, b.value, CompareOp::Gt);
    if (greater < 0) failed = true;
    return greater == 1;
  });
  return !failed;
}

Value counter_most_common(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "most_common", .names = {"n"}};
  Value bound[1];
  if (!parse_args(args, spec, bound)) return nullptr;
  std::vector<DictObject::Entry> entries;
  if (!by_count(self, entries)) return nullptr;
  std::size_t n = entries.size();
  if (bound[0] && !is_none(bound[0])) {
    std::int64_t limit;
    if (!to_int64(bound[0], limit)) return nullptr;
    n = static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, static_cast<std::int64_t>(n)));
  }
  std::vector<Value> pairs;
  for (std::size_t i = 0; i < n; i++) pairs.push_back(make_tuple({entries[i].key, entries[i].value}));
  return make_list(std::move(pairs));
}

Value counter_elements(const Value& self, const Args& args) {
  if (!check_no_args(args, "elements")) return nullptr;
  std::vector<Value> items;
  for (const DictObject::Entry& e : entries_of(dict_of(self))) {
    std::int64_t count;
    if (!to_index(e.value, count)) return nullptr;
    for (std::int64_t i = 0; i < count; i++) items.push_back(e.key);
  }
  return get_iter(make_list(std::move(items)));
}

Value counter_total(const Value& self, const Args& args) {
  if (!check_no_args(args, "total")) return nullptr;
  Value total = Value::small_int(0);
  for (const DictObject::Entry& e : entries_of(dict_of(self))) {
    total = binary_op(total, e.value, BinaryOp::Add);
    if (!total) return nullptr;
  }
  return total;
}

Value counter_repr(const Value& self) {
  if (dict_of(self)->size() == 0) return type_prefixed(self, "");
  std::vector<DictObject::Entry> entries;
  if (!by_count(self, entries)) return nullptr;
  Ref<DictObject> ordered = make_dict();
  for (const DictObject::Entry& e : entries) {
    if (!ordered->set(e.key, e.value)) return nullptr;
  }
  std::string text;
  if (!repr_string(ordered, text)) return nullptr;
  return type_prefixed(self, text);
}

// Counter + Counter, Counter - Counter, | and &: a new Counter of the positive results.
template <BinaryOp kOp>
Value counter_combine(const Value& left, const Value& right) {
  if (!isinstance_of(left, counter_type) || !isinstance_of(right, counter_type)) return not_implemented();
  Ref<DictObject> result = make<DictObject>(counter_type);
  Value zero = Value::small_int(0);
  auto keep_positive = [&](const Value& key, const Value& count) {
    int positive = compare_bool(count, zero, CompareOp::Gt);
    if (positive < 0) return false;
    return !positive || result->set(key, count);
  };
  for (const DictObject::Entry& e : entries_of(dict_of(left))) {
    Value other = dict_of(right)->get(e.key);
    if (!other && error_occurred()) return nullptr;
    if (!other) other = zero;
    Value count;
    if constexpr (kOp == BinaryOp::Add || kOp == BinaryOp::Sub) {
      count = binary_op(e.value, other, kOp);
    } else {
      // | is the larger count, & the smaller.
      int left_wins = compare_bool(e.value, other, kOp == BinaryOp::Or ? CompareOp::Ge : CompareOp::Le);
      if (left_wins < 0) return nullptr;
      count = left_wins ? e.value : other;
    }
    if (!count || !keep_positive(e.key, count)) return nullptr;
  }
  if constexpr (kOp != BinaryOp::And) {
    for (const DictObject::Entry& e : entries_of(dict_of(right))) {
      Value mine = dict_of(left)->get(e.key);
      if (mine) continue;
      if (error_occurred()) return nullptr;
      Value count = kOp == BinaryOp::Sub ? unary_op(e.value, UnaryOp::Neg) : e.value;
      if (!count || !keep_positive(e.key, count)) return nullptr;
    }
  }
  return result;
}

// +counter keeps the positive counts, -counter negates and keeps what became positive.
template <UnaryOp kOp>
Value counter_unary(const Value& self) {
  Ref<DictObject> result = make<DictObject>(counter_type);
  for (const DictObject::Entry& e : entries_of(dict_of(self))) {
    Value count = kOp == UnaryOp::Neg ? Value(binary_op(Value::small_int(0), e.value, BinaryOp::Sub)) : e.value;
    if (!count) return nullptr;
    int positive = compare_bool(count, Value::small_int(0), CompareOp::Gt);
    if (positive < 0 || (positive && !result->set(e.key, count))) return nullptr;
  }
  return result;
}

Value counter_copy(const Value& self, const Args& args) {
  if (!check_no_args(args, "copy")) return nullptr;
  Ref<DictObject> copy = make<DictObject>(self.type());
  for (const DictObject::Entry& e : entries_of(dict_of(self))) {
    if (!copy->set(e.key, e.value)) return nullptr;
  }
  return copy;
}

// ---- OrderedDict ----

Value ordered_dict_new(Type* type, const Args&) { return make<DictObject>(type); }

Value ordered_dict_repr(const Value& self) {
  if (dict_of(self)->size() == 0) return type_prefixed(self, "");
  std::vector<Value> pairs;
  for (const DictObject::Entry& e : entries_of(dict_of(self))) pairs.push_back(make_tuple({e.key, e.value}));
  std::string text;
  if (!repr_string(make_list(std::move(pairs)), text)) return nullptr;
  return type_prefixed(self, text);
}

Value ordered_dict_move_to_end(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "move_to_end", .names = {"key", "last"}, .minpos = 1};
  Value bound[2];
  if (!parse_args(args, spec, bound)) return nullptr;
  int last = bound[1] ? truthy(bound[1]) : 1;
  if (last < 0) return nullptr;
  DictObject* d = dict_of(self);
  Value value = d->get(bound[0]);
  if (!value) return error_occurred() ? Value() : raise_key_error(bound[0]);
  if (d->remove(bound[0]) < 0) return nullptr;
  if (last) return d->set(bound[0], value) ? none() : Value();
  // To the front: re-insert everything after it.
  std::vector<DictObject::Entry> rest = entries_of(d);
  d->clear();
  if (!d->set(bound[0], value)) return nullptr;
  for (const DictObject::Entry& e : rest) {
    if (!d->set(e.key, e.value)) return nullptr;
  }
  return none();
}

Value ordered_dict_popitem(const Value& self, const Args& args) {
  static const ArgSpec spec{.fname = "popitem", .names = {"last"}};
  Value bound[1];
  if (!parse_args(args, spec, bound)) return nullptr;
  int last = bound[0] ? truthy(bound[0]) : 1;
  if (last < 0) return nullptr;
  std::vector<DictObject::Entry> entries = entries_of(dict_of(self));
  if (entries.empty()) return raise_key_error(make_str("dictionary is empty"));
  const DictObject::Entry& e = last ? entries.back() : entries.front();
  if (dict_of(self)->remove(e.key) < 0) return nullptr;
  return make_tuple({e.key, e.value});
}

}  // namespace

void init_dict_subclass_types() {
  defaultdict_type = new_module_type("defaultdict", "collections", Type::kBaseType | Type::kIsDictSubclass, dict_type);
  defaultdict_type->new_instance = defaultdict_new;
  defaultdict_type->init = defaultdict_init;
  defaultdict_type->repr = defaultdict_repr;
  finish_module_type(defaultdict_type);
  add_method(defaultdict_type, "__missing__", defaultdict_missing);
  add_method(defaultdict_type, "copy", defaultdict_copy);
  add_getset(defaultdict_type, "default_factory", defaultdict_get_factory, defaultdict_set_factory);

  counter_type = new_module_type("Counter", "collections", Type::kBaseType | Type::kIsDictSubclass, dict_type);
  counter_type->new_instance = counter_new;
  counter_type->init = counter_init;
  counter_type->repr = counter_repr;
  counter_type->unary[static_cast<int>(UnaryOp::Pos)] = counter_unary<UnaryOp::Pos>;
  counter_type->unary[static_cast<int>(UnaryOp::Neg)] = counter_unary<UnaryOp::Neg>;
  counter_type->binary[static_cast<int>(BinaryOp::Add)] = counter_combine<BinaryOp::Add>;
  counter_type->binary[static_cast<int>(BinaryOp::Sub)] = counter_combine<BinaryOp::Sub>;
  counter_type->binary[static_cast<int>(BinaryOp::Or)] = counter_combine<BinaryOp::Or>;
  counter_type->binary[static_cast<int>(BinaryOp::And)] = counter_combine<BinaryOp::And>;
  finish_module_type(counter_type);
  for (const FunctionDef& m : std::initializer_list<FunctionDef>{{"__missing__", counter_missing},
                                                                 {"update", counter_update},
                                                                 {"subtract", counter_subtract},
                                                                 {"most_common", counter_most_common},
                                                                 {"elements", counter_elements},
                                                                 {"total", counter_total},
                                                                 {"copy", counter_copy}}) {
    add_method(counter_type, m.name, m.fn);
  }

  ordered_dict_type = new_module_type("OrderedDict", "collections", Type::kBaseType | Type::kIsDictSubclass, dict_type);
  ordered_dict_type->new_instance = ordered_dict_new;
  ordered_dict_type->repr = ordered_dict_repr;
  finish_module_type(ordered_dict_type);
  add_method(ordered_dict_type, "move_to_end", ordered_dict_move_to_end);
  add_method(ordered_dict_type, "popitem", ordered_dict_popitem);
}

}  // namespace py
