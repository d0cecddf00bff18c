#include "python/types_support.hpp"

#include <algorithm>
#include <vector>

#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* new_builtin_type(const char* name, std::uint32_t flags, Type* base) {
  Type* type = make_immortal<Type>(name);
  type->flags = flags;
  type->base = base != nullptr ? base : object_type;
  type->bases = {type->base};
  return type;
}

void finish_builtin_type(Type* type) { type->inherit_slots(); }

namespace {
// The containers whose repr is in progress on this thread, innermost last.
std::vector<const Object*>& reprs_in_progress() {
  thread_local std::vector<const Object*> stack;
  return stack;
}
}  // namespace

ReprGuard::ReprGuard(const Object* o) : object_(o) {
  auto& stack = reprs_in_progress();
  recursive_ = std::find(stack.begin(), stack.end(), o) != stack.end();
  if (!recursive_) stack.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (recursive_) return;
  auto& stack = reprs_in_progress();
  stack.erase(std::find(stack.begin(), stack.end(), object_));
}

bool append_repr(std::string& out, const Value& v) {
  Value r = repr(v);
  if (!r) return false;
  out += as_str(r)->view();
  return true;
}

}  // namespace py

namespace py {

bool is_index_like(const Value& v) { return is_int(v) || static_cast<bool>(lookup_special(v, "__index__")); }

bool sequence_index(const Value& key, std::int64_t length, const char* out_of_range, std::int64_t& out) {
  std::int64_t i = 0;
  if (!to_index(key, i)) {
    if (!error_matches(overflow_error_type)) return false;
    clear_error();
    raise_index_error("cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    raise_index_error(out_of_range);
    return false;
  }
  out = i;
  return true;
}

int repeat_operands(const Value& a, const Value& b, bool (*is_seq)(const Value&), int& seq_side,
                    std::int64_t& count) {
  if (is_seq(a) && is_index_like(b)) {
    seq_side = 0;
  } else if (is_seq(b) && is_index_like(a)) {
    seq_side = 1;
  } else {
    return 0;
  }
  if (!to_index(seq_side == 0 ? b : a, count)) {
    if (error_matches(overflow_error_type)) {
      clear_error();
      raise_format(overflow_error_type, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
  }
  if (count < 0) count = 0;
  return 1;
}

}  // namespace py
