// collections.namedtuple: builds a tuple subclass at run time with one read-only property per
// field, CPython's __new__ argument errors, and _fields, _field_defaults, _asdict, _replace, _make.
#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/collections_internal.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/frame.hpp"
#include "python/function_object.hpp"
#include "python/list_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/token.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"
#include "python/unicode.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

Type* as_type(const Value& v) { return static_cast<Type*>(v.object()); }

// A class attribute of the namedtuple (_fields, _field_defaults), looked up along the MRO.
Value class_attribute(Type* cls, const char* name) { return cls->lookup(intern(name)); }

std::vector<Value> fields_of(Type* cls) {
  Value fields = class_attribute(cls, "_fields");
  return fields && is_tuple(fields) ? as_tuple(fields)->items : std::vector<Value>{};
}

std::string quoted_list(const std::vector<std::string>& names) {
  // CPython's "'x' and 'y'" / "'x', 'y' and 'z'" in missing-argument errors.
  std::string text;
  for (std::size_t i = 0; i < names.size(); i++) {
    if (i > 0) text += i + 1 == names.size() ? (names.size() > 2 ? ", and " : " and ") : ", ";
    text += "'" + names[i] + "'";
  }
  return text;
}

// __new__(cls, *args, **kwargs): binds the arguments to the fields as a Python function would.
Value namedtuple_new(const Value&, const Args& args) {
  if (args.size() == 0 || !isinstance_of(args[0], type_type)) return raise_type_error("__new__(): not enough arguments");
  Type* cls = as_type(args[0]);
  std::vector<Value> fields = fields_of(cls);
  std::string fname = cls->name + ".__new__()";
  std::size_t given = args.size() - 1;
  if (given > fields.size()) {
    return raise_format(type_error_type, "%s takes %zu positional arguments but %zu were given", fname.c_str(),
                        fields.size() + 1, given + 1);
  }
  std::vector<Value> items(args.pos.begin() + 1, args.pos.end());
  items.resize(fields.size());
  for (std::size_t k = 0; k < args.kw_names.size(); k++) {
    std::size_t i = 0;
    while (i < fields.size() && as_str(fields[i])->view() != args.kw_names[k]->view()) i++;
    if (i == fields.size()) {
      return raise_format(type_error_type, "%s got an unexpected keyword argument '%s'", fname.c_str(),
                          args.kw_names[k]->text().c_str());
    }
    if (items[i]) {
      return raise_format(type_error_type, "%s got multiple values for argument '%s'", fname.c_str(),
                          args.kw_names[k]->text().c_str());
    }
    items[i] = args.kw_values[k];
  }
  Value defaults = class_attribute(cls, "_field_defaults");
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < fields.size(); i++) {
    if (items[i]) continue;
    if (defaults && is_dict(defaults)) items[i] = as_dict(defaults)->get_str(as_str(fields[i]));
    if (!items[i]) missing.push_back(as_str(fields[i])->text());
  }
  if (!missing.empty()) {
    return raise_format(type_error_type, "%s missing %zu required positional argument%s: %s", fname.c_str(),
                        missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
  }
  return make<TupleObject>(std::move(items), cls);
}

Value namedtuple_repr(const Value& self, const Args& args) {
  if (!check_no_args(args, "__repr__")) return nullptr;
  std::vector<Value> fields = fields_of(self.type());
  const std::vector<Value>& items = as_tuple(self)->items;
  std::string text = self.type()->name + "(";
  for (std::size_t i = 0; i < items.size(); i++) {
    if (i > 0) text += ", ";
    if (i < fields.size()) text += as_str(fields[i])->text() + "=";
    std::string item;
    if (!repr_string(items[i], item)) return nullptr;
    text += item;
  }
  return make_str(text + ")");
}

Value namedtuple_asdict(const Value& self, const Args& args) {
  if (!check_no_args(args, "_asdict")) return nullptr;
  std::vector<Value> fields = fields_of(self.type());
  Ref<DictObject> d = make_dict();
  const std::vector<Value>& items = as_tuple(self)->items;
  for (std::size_t i = 0; i < fields.size() && i < items.size(); i++) d->set_str(as_str(fields[i]), items[i]);
  return d;
}

Value namedtuple_replace(const Value& self, const Args& args) {
  if (args.size() > 0) {
    return raise_format(type_error_type, "%s._replace() takes 1 positional argument but %zu were given",
                        self.type()->name.c_str(), args.size() + 1);
  }
  std::vector<Value> fields = fields_of(self.type());
  std::vector<Value> items = as_tuple(self)->items;
  std::vector<Value> unknown;
  for (std::size_t k = 0; k < args.kw_names.size(); k++) {
    std::size_t i = 0;
    while (i < fields.size() && as_str(fields[i])->view() != args.kw_names[k]->view()) i++;
    if (i == fields.size()) {
      unknown.push_back(Value::borrow(args.kw_names[k]));
    } else {
      items[i] = args.kw_values[k];
    }
  }
  if (!unknown.empty()) {
    std::string names;
    if (!repr_string(make_list(std::move(unknown)), names)) return nullptr;
    return raise_value_error("Got unexpected field names: " + names);
  }
  return make<TupleObject>(std::move(items), self.type());
}

// A classmethod: args are (cls, iterable).
Value namedtuple_make(const Value&, const Args& args) {
  if (args.size() != 2 || !isinstance_of(args[0], type_type)) return raise_type_error("_make() takes exactly one argument");
  Type* cls = as_type(args[0]);
  std::vector<Value> items;
  if (!collect(args[1], items)) return nullptr;
  std::size_t expected = fields_of(cls).size();
  if (items.size() != expected) {
    return raise_format(type_error_type, "Expected %zu arguments, got %zu", expected, items.size());
  }
  return make<TupleObject>(std::move(items), cls);
}

// A field's accessor on the class: reads item `index` of an instance and cannot be assigned
// (CPython's _collections._tuplegetter).
Type* tuple_getter_type = nullptr;

struct TupleGetterObject : Object {
  explicit TupleGetterObject(std::size_t index) : Object(tuple_getter_type), index(index) {}
  std::size_t index;
};

Value tuple_getter_get(const Value& self, const Value& instance, Type*) {
  if (!instance) return self;
  auto i = static_cast<TupleGetterObject*>(self.object())->index;
  if (!is_tuple(instance)) return raise_type_error("descriptor for index '" + std::to_string(i) + "' for tuple subclasses doesn't apply to '" + std::string(type_name(instance)) + "' object");
  const std::vector<Value>& items = as_tuple(instance)->items;
  if (i >= items.size()) return raise_index_error("tuple index out of range");
  return items[i];
}

bool tuple_getter_set(const Value&, const Value&, const Value&) {
  raise(attribute_error_type, "can't set attribute");
  return false;
}

Value tuple_getter_repr(const Value& self) {
  auto i = static_cast<TupleGetterObject*>(self.object())->index;
  return make_str("_tuplegetter(" + std::to_string(i) + ", 'Alias for field number " + std::to_string(i) + "')");
}

bool is_identifier(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t pos = 0; pos < name.size();) {
    unicode::Decoded d = unicode::decode_utf8(name, pos);
    if (d.length == 0) return false;
    if (pos == 0 ? !unicode::is_xid_start(d.cp) : !unicode::is_xid_continue(d.cp)) return false;
    pos += static_cast<std::size_t>(d.length);
  }
  return true;
}

bool check_name(std::string_view name) {
  if (!is_identifier(name)) {
    raise_value_error("Type names and field names must be valid identifiers: '" + std::string(name) + "'");
    return false;
  }
  if (is_keyword(keyword_kind(name))) {
    raise_value_error("Type names and field names cannot be a keyword: '" + std::string(name) + "'");
    return false;
  }
  return true;
}

// field_names: a str of names separated by commas and/or whitespace, or an iterable of strs.
bool parse_field_names(const Value& spec, std::vector<std::string>& out) {
  if (is_str(spec)) {
    std::string current;
    for (char c : as_str(spec)->text() + " ") {
      if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
      } else {
        current.push_back(c);
      }
    }
    return true;
  }
  std::vector<Value> names;
  if (!collect(spec, names)) return false;
  for (const Value& n : names) {
    std::string text;
    if (!str_string(n, text)) return false;
    out.push_back(std::move(text));
  }
  return true;
}

// The __name__ of the module calling namedtuple(), for the class's __module__.
Value caller_module_name() {
  if (Frame* frame = vm_current_frame(); frame != nullptr && is_dict(frame->globals)) {
    if (Value name = as_dict(frame->globals)->get_str(intern("__name__"))) return name;
  }
  return make_str("__main__");
}

bool add_class_method(const Value& cls, const char* name, NativeFunction fn) {
  return setattr(cls, intern(name), make<MethodDescriptorObject>(as_type(cls), name, fn));
}

}  // namespace

void init_namedtuple_types() {
  tuple_getter_type = new_module_type("_tuplegetter", "_collections", 0);
  tuple_getter_type->descr_get = tuple_getter_get;
  tuple_getter_type->descr_set = tuple_getter_set;
  tuple_getter_type->repr = tuple_getter_repr;
  finish_module_type(tuple_getter_type);
}

Value collections_namedtuple(const Value&, const Args& args) {
  static const ArgSpec spec{.fname = "namedtuple",
                            .names = {"typename", "field_names", "rename", "defaults", "module"},
                            .minpos = 2,
                            .maxpos = 2};
  Value bound[5];
  if (!parse_args(args, spec, bound)) return nullptr;
  std::string type_name_text;
  std::vector<std::string> names;
  if (!str_string(bound[0], type_name_text) || !parse_field_names(bound[1], names)) return nullptr;
  if (!check_name(type_name_text)) return nullptr;
  for (std::size_t i = 0; i < names.size(); i++) {
    if (!check_name(names[i])) return nullptr;
    if (names[i][0] == '_') return raise_value_error("Field names cannot start with an underscore: '" + names[i] + "'");
    for (std::size_t j = 0; j < i; j++) {
      if (names[j] == names[i]) return raise_value_error("Encountered duplicate field name: '" + names[i] + "'");
    }
  }
  std::vector<Value> defaults;
  if (bound[3] && !is_none(bound[3]) && !collect(bound[3], defaults)) return nullptr;
  if (defaults.size() > names.size()) return raise_type_error("Got more default values than field names");

  std::vector<Value> fields;
  Ref<DictObject> field_defaults = make_dict();
  for (std::size_t i = 0; i < names.size(); i++) {
    fields.push_back(Value::borrow(intern(names[i])));
    std::size_t first_default = names.size() - defaults.size();
    if (i >= first_default) field_defaults->set_str(intern(names[i]), defaults[i - first_default]);
  }
  Ref<DictObject> body = make_dict();
  body->set_str(intern("__module__"), bound[4] && !is_none(bound[4]) ? bound[4] : caller_module_name());
  std::string signature;
  for (const std::string& name : names) signature += (signature.empty() ? "" : ", ") + name;
  body->set_str(intern("__doc__"), make_str(type_name_text + "(" + signature + ")"));
  body->set_str(intern("__slots__"), empty_tuple());
  body->set_str(intern("_fields"), make_tuple(fields));
  body->set_str(intern("_field_defaults"), field_defaults);
  body->set_str(intern("__new__"), make_staticmethod(make_builtin("__new__", namedtuple_new)));
  body->set_str(intern("_make"), make_classmethod(make_builtin("_make", namedtuple_make)));
  for (std::size_t i = 0; i < names.size(); i++) {
    body->set_str(intern(names[i]), make<TupleGetterObject>(i));
  }
  Value cls = make_class(type_type, make_str(type_name_text), make_tuple({Value::borrow(tuple_type)}), body, Args{});
  if (!cls) return nullptr;
  if (!add_class_method(cls, "__repr__", namedtuple_repr) || !add_class_method(cls, "_asdict", namedtuple_asdict) ||
      !add_class_method(cls, "_replace", namedtuple_replace)) {
    return nullptr;
  }
  return cls;
}

}  // namespace py
