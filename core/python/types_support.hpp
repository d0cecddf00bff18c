// Internal to the built-in data types (types.cmake): how their Type objects are built, the
// recursion guard of container reprs, and small argument helpers they share.
#pragma once

#include <cstdint>
#include <string>

#include "python/object.hpp"

namespace py {

// An immortal built-in type deriving from `base` (object when null). The caller sets its slots,
// then calls finish_builtin_type(), which inherits the rest from the base and adds the slot
// wrappers (`int.__add__`) for the slots it set.
Type* new_builtin_type(const char* name, std::uint32_t flags, Type* base = nullptr);
void finish_builtin_type(Type* type);

// Py_ReprEnter / Py_ReprLeave: a container whose repr is already being computed further up the
// stack shows as "[...]" / "{...}" instead of recursing forever.
class ReprGuard {
 public:
  explicit ReprGuard(const Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  const Object* object_;
  bool recursive_;
};

// Whether a three-way comparison result (-1, 0, 1) satisfies `op`.
bool compare_result(int order, CompareOp op);

// Whether `v` can index a sequence: an int or an object with __index__.
bool is_index_like(const Value& v);
// The position `key` (an int or __index__ object) names in a sequence of `length` items, negative
// keys counting from the end; false with IndexError(out_of_range) when outside.
bool sequence_index(const Value& key, std::int64_t length, const char* out_of_range, std::int64_t& out);
// The operands of `seq * n` or `n * seq`, where is_seq recognizes the sequence type: 1 with
// `seq_side` 0 or 1 and the count, 0 when the operands are something else (NotImplemented),
// -1 on error.
int repeat_operands(const Value& a, const Value& b, bool (*is_seq)(const Value&), int& seq_side,
                    std::int64_t& count);

// Appends repr(v) to out; false with an exception set.
bool append_repr(std::string& out, const Value& v);

}  // namespace py

namespace py {

// Each file's part of init_builtin_types() (types_init.cpp calls them in dependency order).
void init_str_type();
void init_singleton_types();
void init_int_type();
void init_bool_type();
void init_float_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_types();
void init_range_type();
void init_slice_type();

// Dicts created before dict_type existed (type dicts made by init_object_model) get their type.
void adopt_dicts_made_before_dict_type(Type* dict_type);

// Parts of a type defined in a second file.
void add_int_methods(Type* int_type);
void add_str_methods(Type* str_type);
Value int_repr(const Value& v);
void init_dict_views();                              // dict_views.cpp
Value dict_view(const Value& dict, int kind);        // 0 keys, 1 values, 2 items
Value dict_reversed(const Value& self, const Args& args);
Value dict_keys_iterator(const Value& dict);
// dict.update()'s argument: a mapping (keys() and [] ) or an iterable of pairs.
bool dict_merge_from(DictObject* d, const Value& other);
Value list_sort(const Value& self, const Args& args);  // list_sort.cpp

}  // namespace py
