// The abstract object API: what native code (built-in functions, types, modules) and the VM use to
// operate on any Value, with CPython's semantics and error messages. The counterpart of CPython's
// Objects/abstract.c and Objects/object.c. Every function that can fail returns an empty Value
// (or the documented failure value) with an exception set (errors.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "python/object.hpp"

namespace py {

struct StrObject;
struct TupleObject;
struct ListObject;
struct DictObject;

// Creates the built-in types, singletons and built-in functions once per process. Idempotent.
void init_runtime();

// ---- singletons ----
extern Object* const none_object;
extern Object* const true_object;
extern Object* const false_object;
extern Object* const not_implemented_object;
extern Object* const ellipsis_object;
inline Value none() { return Value::borrow(none_object); }
inline Value py_bool(bool b) { return Value::borrow(b ? true_object : false_object); }
inline Value not_implemented() { return Value::borrow(not_implemented_object); }
inline bool is_none(const Value& v) { return v.is(none_object); }

// ---- identity and type checks ----
bool isinstance_of(const Value& v, const Type* t);  // the plain subtype check, no __instancecheck__
std::string_view type_name(const Value& v);        // "int", "MyClass"

// ---- attributes ----
Value getattr(const Value& obj, StrObject* name);
Value getattr(const Value& obj, std::string_view name);
// Like getattr, but a missing attribute (AttributeError) yields an empty Value with NO exception
// set; other errors stay set. Check error_occurred() to tell them apart.
Value getattr_optional(const Value& obj, StrObject* name);
bool setattr(const Value& obj, StrObject* name, const Value& value);  // empty value: delattr
bool hasattr(const Value& obj, StrObject* name, bool& out);
// object.__getattribute__ / __setattr__: type MRO descriptors and the instance dict.
Value generic_getattr(const Value& obj, StrObject* name);
bool generic_setattr(const Value& obj, StrObject* name, const Value& value);
// Looks up a special method on the type (not the instance), binds nothing: `__len__` & co.
Value lookup_special(const Value& obj, std::string_view name);

// ---- calling ----
// Calls any callable. Python functions run to completion in a nested VM loop (vm.hpp explains
// when that is allowed); the VM itself calls Python functions without nesting.
Value call(const Value& callable, const Args& args);
Value call(const Value& callable, std::initializer_list<Value> positional = {});
Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> positional = {});
bool is_callable(const Value& v);

// ---- text ----
Value repr(const Value& v);   // a StrObject
Value str(const Value& v);    // a StrObject
Value ascii(const Value& v);
// format(v, spec): __format__.
Value format(const Value& v, const Value& spec);
// repr()/str() as std::string (empty + exception set on failure: check the bool).
bool repr_string(const Value& v, std::string& out);
bool str_string(const Value& v, std::string& out);

// ---- truth, hashing, comparison ----
int truthy(const Value& v);  // 1, 0, -1 (exception set)
bool hash(const Value& v, std::int64_t& out);  // TypeError "unhashable type: 'list'"
// a op b with the reflected-operand rules; returns the result object (not necessarily a bool).
Value compare(const Value& a, const Value& b, CompareOp op);
// compare() then truthy(): 1, 0, -1.
int compare_bool(const Value& a, const Value& b, CompareOp op);
// ==, with the identity shortcut containers use (`x in [x]` is True even for NaN).
int equal(const Value& a, const Value& b);

// ---- arithmetic ----
Value binary_op(const Value& a, const Value& b, BinaryOp op);
Value inplace_op(const Value& a, const Value& b, BinaryOp op);
Value unary_op(const Value& a, UnaryOp op);
const char* binary_op_symbol(BinaryOp op, bool inplace = false);  // "+", "+=", "**", ...

// ---- containers and iteration ----
Value get_item(const Value& obj, const Value& key);
bool set_item(const Value& obj, const Value& key, const Value& value);
bool del_item(const Value& obj, const Value& key);
int contains(const Value& container, const Value& item);  // `item in container`: 1, 0, -1
bool length(const Value& obj, std::int64_t& out);          // len()
Value get_iter(const Value& obj);
// The next item; an empty Value at exhaustion with no exception set (a StopIteration the
// iterator raised is cleared), or with one set on error. `yield from`/`await` call the type's
// next slot themselves, since they need the StopIteration's value.
Value iter_next(const Value& iterator);
// Collects an iterable into a vector (list(x) without the list).
bool collect(const Value& iterable, std::vector<Value>& out);

// ---- numbers ----
// An int (small or big, bools included) as int64; false with OverflowError when too big, or
// TypeError when not an int (CPython's message: "'str' object cannot be interpreted as an integer").
bool to_int64(const Value& v, std::int64_t& out);
// __index__ for indices and slices: ints, bools and objects with __index__.
bool to_index(const Value& v, std::int64_t& out);
// float(x) conversions for math functions: ints and floats (TypeError "must be real number, not str").
bool to_double(const Value& v, double& out);

}  // namespace py
