// The built-ins over containers and iterators: len, sorted, any, all, iter, next, aiter, anext.
#include <vector>

#include "python/args.hpp"
#include "python/async_generator.hpp"
#include "python/builtins_internal.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

Value builtin_len(const Value&, const Args& args) {
  std::int64_t n;
  if (!check_one_arg(args, "len") || !length(args[0], n)) return nullptr;
  return int_from_int64(n);
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list.sort.
Value builtin_sorted(const Value&, const Args& args) {
  // Not check_positional: it would reject the keywords, which list.sort checks.
  if (args.size() != 1) {
    return raise_format(type_error_type, "sorted expected 1 argument, got %zu", args.size());
  }
  std::vector<Value> items;
  if (!collect(args[0], items)) return nullptr;
  Value list = make_list(std::move(items));
  Value sort = getattr(list, "sort");
  if (!sort) return nullptr;
  Args sort_args;
  sort_args.kw_values = args.kw_values;
  sort_args.kw_names = args.kw_names;
  if (!call(sort, sort_args)) return nullptr;
  return list;
}

// any() and all(): the first item whose truth is `decisive` decides.
Value first_truth(const Args& args, const char* fname, bool decisive) {
  if (!check_one_arg(args, fname)) return nullptr;
  Value it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Value item = iter_next(it)) {
    int truth = truthy(item);
    if (truth < 0) return nullptr;
    if ((truth == 1) == decisive) return py_bool(decisive);
  }
  if (error_occurred()) return nullptr;
  return py_bool(!decisive);
}

Value builtin_any(const Value&, const Args& args) { return first_truth(args, "any", true); }
Value builtin_all(const Value&, const Args& args) { return first_truth(args, "all", false); }

Value builtin_iter(const Value&, const Args& args) {
  if (!check_positional(args, "iter", 1, 2)) return nullptr;
  if (args.size() == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) return raise_type_error("iter(v, w): v must be callable");
  return make_callable_iterator(args[0], args[1]);
}

Value builtin_next(const Value&, const Args& args) {
  if (!check_positional(args, "next", 1, 2)) return nullptr;
  if (args[0].type()->next == nullptr) {
    return raise_format(type_error_type, "'%s' object is not an iterator", type_name(args[0]).data());
  }
  // The slot itself, not iter_next(): next(gen) keeps the StopIteration(value) a generator raises.
  Value item = args[0].type()->next(args[0]);
  if (item) return item;
  if (error_occurred()) {
    if (args.size() < 2 || !error_matches(stop_iteration_type)) return nullptr;
    clear_error();
  }
  if (args.size() == 2) return args[1];
  return raise_no_args(stop_iteration_type);
}

Value builtin_aiter(const Value&, const Args& args) {
  if (!check_positional(args, "aiter", 1, 1)) return nullptr;
  Value aiter = lookup_special(args[0], "__aiter__");
  if (!aiter) return raise_format(type_error_type, "'%s' object is not an async iterable", type_name(args[0]).data());
  Value iterator = call_special(aiter, args[0]);
  if (!iterator) return nullptr;
  if (!lookup_special(iterator, "__anext__")) {
    return raise_format(type_error_type, "aiter() returned not an async iterator of type '%s'", type_name(iterator).data());
  }
  return iterator;
}

Value builtin_anext(const Value&, const Args& args) {
  if (!check_positional(args, "anext", 1, 2)) return nullptr;
  Value anext = lookup_special(args[0], "__anext__");
  if (!anext) return raise_format(type_error_type, "'%s' object is not an async iterator", type_name(args[0]).data());
  Value awaitable = call_special(anext, args[0]);
  if (!awaitable || args.size() == 1) return awaitable;
  return make_anext_awaitable(std::move(awaitable), args[1]);
}

constexpr FunctionDef kFunctions[] = {
    {"len", builtin_len}, {"sorted", builtin_sorted}, {"any", builtin_any},
    {"all", builtin_all}, {"iter", builtin_iter},     {"next", builtin_next},
    {"aiter", builtin_aiter}, {"anext", builtin_anext},
};

}  // namespace

std::span<const FunctionDef> sequence_builtins() { return kFunctions; }

}  // namespace py
