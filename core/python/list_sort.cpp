// list.sort(): CPython's timsort, comparing with `<` only, which stays memory-safe when a user's
// __lt__ is inconsistent or fails.
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

// CPython's listsort (Objects/listobject.c): natural runs extended to a minimum length by binary
// insertion, merged by the powersort policy. User __lt__ methods see the same calls in the same
// order as under CPython, except in merges, which do not gallop (so lists of 64 items or more may
// compare differently; the result is the same).
class TimSort {
 public:
  explicit TimSort(std::vector<SortItem>& items) : items_(items) { buffer_.reserve(items.size()); }

  bool run() {
    std::size_t n = items_.size();
    if (n < 2) return true;
    std::size_t minrun = compute_minrun(n);
    for (std::size_t lo = 0; lo < n;) {
      std::size_t len = 0;
      if (!count_run(lo, len)) return false;
      if (len < minrun) {
        std::size_t forced = std::min(n - lo, minrun);
        if (!binary_sort(lo, lo + forced, lo + len)) return false;
        len = forced;
      }
      if (!found_new_run(lo, len)) return false;
      lo += len;
    }
    return force_collapse();
  }

 private:
  struct Run {
    std::size_t base, len;
    int power;
  };

  // 1 when items[a] < pivot, 0 when not, -1 on error.
  int less(std::size_t a, const Value& pivot) { return compare_bool(items_[a].key, pivot, CompareOp::Lt); }

  // Minimum run length: n itself when below 64, else in [32, 64] so n / minrun is just under a
  // power of two.
  static std::size_t compute_minrun(std::size_t n) {
    std::size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // The length of the run starting at lo: ascending (a[i] <= a[i+1]) or strictly descending, which
  // is reversed in place (strictness keeps the sort stable).
  bool count_run(std::size_t lo, std::size_t& len) {
    std::size_t hi = items_.size(), i = lo + 1;
    len = 1;
    if (i == hi) return true;
    int descending = less(i, items_[i - 1].key);
    if (descending < 0) return false;
    for (i++; i < hi; i++) {
      int lt = less(i, items_[i - 1].key);
      if (lt < 0) return false;
      if (lt != descending) break;
    }
    len = i - lo;
    if (descending) std::reverse(items_.begin() + diff(lo), items_.begin() + diff(i));
    return true;
  }

  // Sorts [lo, hi) whose prefix [lo, start) is already sorted, inserting each further item after
  // a binary search (placing it after equal items, for stability).
  bool binary_sort(std::size_t lo, std::size_t hi, std::size_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
      std::size_t l = lo, r = start;
      const Value& pivot = items_[start].key;
      do {
        std::size_t p = l + ((r - l) >> 1);
        int lt = compare_bool(pivot, items_[p].key, CompareOp::Lt);
        if (lt < 0) return false;
        if (lt) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      std::rotate(items_.begin() + diff(l), items_.begin() + diff(start), items_.begin() + diff(start + 1));
    }
    return true;
  }

  // Powersort's node power of the boundary between the run [s1, s1+n1) and the next n2 items:
  // the first bit where the binary expansions of their midpoints (as fractions of n) differ.
  int power_of(std::size_t s1, std::size_t n1, std::size_t n2) const {
    std::size_t n = items_.size();
    std::size_t a = 2 * s1 + n1, b = a + n1 + n2;  // twice the midpoints, to stay integral
    int power = 0;
    for (;;) {
      power++;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        return power;
      }
      a <<= 1;
      b <<= 1;
    }
  }

  // Pushes a new run, first merging pending runs whose boundary is deeper than the new one.
  bool found_new_run(std::size_t base, std::size_t len) {
    if (!pending_.empty()) {
      const Run& last = pending_.back();
      int power = power_of(last.base, last.len, len);
      while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) {
        if (!merge_at(pending_.size() - 2)) return false;
      }
      pending_.back().power = power;
    }
    pending_.push_back({base, len, 0});
    return true;
  }

  bool force_collapse() {
    while (pending_.size() > 1) {
      std::size_t n = pending_.size() - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) n--;
      if (!merge_at(n)) return false;
    }
    return true;
  }

  // Merges pending runs i and i + 1 into one.
  bool merge_at(std::size_t i) {
    Run& a = pending_[i];
    const Run& b = pending_[i + 1];
    if (!merge(items_, buffer_, a.base, b.base, b.base + b.len)) return false;
    a.len += b.len;
    pending_.erase(pending_.begin() + diff(i + 1));
    return true;
  }

  static std::ptrdiff_t diff(std::size_t i) { return static_cast<std::ptrdiff_t>(i); }

  std::vector<SortItem>& items_;
  std::vector<SortItem> buffer_;
  std::vector<Run> pending_;
};

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
  ok = ok && TimSort(items).run();
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
