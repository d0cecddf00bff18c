// The set table of CPython's Objects/setobject.c: linear probing over LINEAR_PROBES neighbours,
// then perturbation; dummies for deleted keys; a resize once fill reaches 60% of the table.
// Matching CPython here is what makes iteration order (and so reprs) match.
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/set_table.hpp"

namespace py {
namespace {

constexpr std::size_t kMinSize = 8;
constexpr std::size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

using Entry = SetObject::Entry;

bool is_unused(const Entry& e) { return e.key.empty() && e.hash == 0; }
bool is_dummy(const Entry& e) { return e.key.empty() && e.hash == -1; }

// Puts a key known to be absent into a table without dummies (set_insert_clean).
void insert_clean(std::vector<Entry>& table, const Value& key, std::int64_t hash) {
  std::size_t mask = table.size() - 1;
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  while (true) {
    if (table[i].key.empty()) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (std::size_t j = 1; j <= kLinearProbes; j++) {
        if (table[i + j].key.empty()) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i] = Entry{key, hash};
}

// Compares a stored key with `key`; 1 equal, 0 not, -1 error, 2 when the comparison changed the
// table (the caller restarts, as CPython does).
int keys_match(SetObject* set, std::size_t i, const Value& key, std::int64_t hash) {
  const Entry& e = set->table[i];
  if (e.key.is(key)) return 1;
  if (e.hash != hash || e.key.empty()) return 0;
  Value start = e.key;
  const Entry* table_before = set->table.data();
  int eq = equal(start, key);
  if (eq < 0) return -1;
  if (set->table.data() != table_before || !set->table[i].key.is(start)) return 2;
  return eq;
}

}  // namespace

void set_table_init(SetObject* set) {
  set->table.assign(kMinSize, Entry{});
  set->fill = 0;
  set->used = 0;
}

void set_table_resize(SetObject* set, std::int64_t min_used) {
  std::size_t size = kMinSize;
  while (size <= static_cast<std::size_t>(min_used)) size <<= 1;
  std::vector<Entry> old = std::move(set->table);
  set->table.assign(size, Entry{});
  set->fill = set->used;
  for (Entry& e : old) {
    if (!e.key.empty()) insert_clean(set->table, e.key, e.hash);
  }
}

int set_table_find(SetObject* set, const Value& key, std::int64_t hash) {
restart:
  std::size_t mask = set->table.size() - 1;
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  while (true) {
    std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (std::size_t j = 0; j <= probes; j++) {
      if (is_unused(set->table[i + j])) return -2;
      int m = keys_match(set, i + j, key, hash);
      if (m == 2) goto restart;
      if (m < 0) return -1;
      if (m == 1) return static_cast<int>(i + j);
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool set_table_add(SetObject* set, const Value& key, std::int64_t hash) {
restart:
  std::size_t mask = set->table.size() - 1;
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t free_slot = SIZE_MAX;
  while (true) {
    std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (std::size_t j = 0; j <= probes; j++) {
      std::size_t k = i + j;
      if (is_unused(set->table[k])) {
        if (free_slot != SIZE_MAX) {
          set->table[free_slot] = Entry{key, hash};
          set->used++;
          return true;
        }
        set->table[k] = Entry{key, hash};
        set->fill++;
        set->used++;
        if (static_cast<std::size_t>(set->fill) * 5 >= mask * 3) {
          set_table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
        }
        return true;
      }
      if (is_dummy(set->table[k])) {
        free_slot = k;
        continue;
      }
      int m = keys_match(set, k, key, hash);
      if (m == 2) goto restart;
      if (m < 0) return false;
      if (m == 1) return true;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_table_discard(SetObject* set, const Value& key, std::int64_t hash) {
  int i = set_table_find(set, key, hash);
  if (i == -1) return -1;
  if (i < 0) return 0;
  Value removed = std::move(set->table[static_cast<std::size_t>(i)].key);
  set->table[static_cast<std::size_t>(i)] = Entry{Value(), -1};
  set->used--;
  return 1;
}

bool set_table_merge(SetObject* set, SetObject* other) {
  if (set == other || other->used == 0) return true;
  if (static_cast<std::size_t>(set->fill + other->used) * 5 >= (set->table.size() - 1) * 3) {
    set_table_resize(set, (set->used + other->used) * 2);
  }
  // An empty table of the same size without dummies to drop: copy the layout as it is.
  if (set->fill == 0 && set->table.size() == other->table.size() && other->fill == other->used) {
    for (std::size_t i = 0; i < other->table.size(); i++) {
      if (!other->table[i].key.empty()) set->table[i] = other->table[i];
    }
    set->fill = other->fill;
    set->used = other->used;
    return true;
  }
  if (set->fill == 0) {
    set->fill = set->used = other->used;
    for (const Entry& e : other->table) {
      if (!e.key.empty()) insert_clean(set->table, e.key, e.hash);
    }
    return true;
  }
  // The other set's entries are copied first: comparisons may run code that changes it.
  std::vector<Entry> entries;
  for (const Entry& e : other->table) {
    if (!e.key.empty()) entries.push_back(e);
  }
  for (const Entry& e : entries) {
    if (!set_table_add(set, e.key, e.hash)) return false;
  }
  return true;
}

}  // namespace py
