// list.sort(): a stable merge sort that compares with `<` only, as CPython's sort does, and that
// stays memory-safe when a user's __lt__ is inconsistent or fails.
#include <algorithm>
#include <array>
#include <vector>

#include "python/args.hpp"
#include "python/errors.hpp"
#include "python/list_object.hpp"
#include "python/runtime.hpp"
#include "python/types_support.hpp"

namespace py {
namespace {

struct SortItem {
  Value key;
  Value value;
};

// Merges the sorted runs [lo, mid) and [mid, hi); false when a comparison failed.
bool merge(std::vector<SortItem>& items, std::vector<SortItem>& buffer, std::size_t lo, std::size_t mid,
           std::size_t hi) {
  buffer.clear();
  std::size_t i = lo, j = mid;
  while (i < mid && j < hi) {
    // Take from the right run only when strictly smaller: that keeps equal items in order.
    int right_first = compare_bool(items[j].key, items[i].key, CompareOp::Lt);
    if (right_first < 0) return false;
    buffer.push_back(std::move(items[right_first ? j++ : i++]));
  }
  while (i < mid) buffer.push_back(std::move(items[i++]));
  while (j < hi) buffer.push_back(std::move(items[j++]));
  std::move(buffer.begin(), buffer.end(), items.begin() + static_cast<std::ptrdiff_t>(lo));
  return true;
}

bool merge_sort(std::vector<SortItem>& items) {
  std::vector<SortItem> buffer;
  buffer.reserve(items.size());
  for (std::size_t width = 1; width < items.size(); width *= 2) {
    for (std::size_t lo = 0; lo + width < items.size(); lo += 2 * width) {
      if (!merge(items, buffer, lo, lo + width, std::min(lo + 2 * width, items.size()))) return false;
    }
  }
  return true;
}

}  // namespace

Value list_sort(const Value& self, const Args& args) {
  if (!args.pos.empty()) return raise_type_error("sort() takes no positional arguments");
  static const ArgSpec spec{.fname = "sort", .names = {"key", "reverse"}, .maxpos = 0};
  std::array<Value, 2> a;
  if (!parse_args(args, spec, a)) return nullptr;
  bool reverse = false;
  if (a[1]) {
    int t = truthy(a[1]);
    if (t < 0) return nullptr;
    reverse = t != 0;
  }
  Value key = a[0] && !is_none(a[0]) ? a[0] : Value();

  // The list is empty while it is sorted, so that changes made by a key or __lt__ are detected.
  ListObject* list = as_list(self);
  std::vector<Value> values = std::move(list->items);
  list->items.clear();
  // A reversed sort is stable too: reverse, sort, reverse back.
  if (reverse) std::reverse(values.begin(), values.end());
  std::vector<SortItem> items;
  items.reserve(values.size());
  bool ok = true;
  for (Value& v : values) {
    Value k = key ? call(key, {v}) : v;
    if (!k) {
      ok = false;
      break;
    }
    items.push_back({std::move(k), std::move(v)});
  }
  ok = ok && merge_sort(items);
  bool modified = !list->items.empty();
  // On failure the list keeps all its items, in whatever order the sort left them (as CPython).
  for (std::size_t i = 0; i < items.size(); i++) values[i] = std::move(items[i].value);
  if (ok && reverse) std::reverse(values.begin(), values.end());
  list->items = std::move(values);
  if (!ok) return nullptr;
  if (modified) return raise_value_error("list modified during sort");
  return none();
}

}  // namespace py
