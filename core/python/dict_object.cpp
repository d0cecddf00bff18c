// DictObject's hash table, as CPython's compact dict: entries in insertion order (with holes
// where keys were deleted) and an index table probed with CPython's perturbation scheme.
#include "python/dict_object.hpp"

#include <vector>

#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/str_support.hpp"

namespace py {

namespace {
constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDummy = -2;
constexpr std::size_t kMinIndexSize = 8;

// Dict versions come from one counter per thread (an engine runs on one thread), so no two
// dicts ever share one, even after one is freed.
std::uint64_t next_version() {
  static thread_local std::uint64_t last = 0;
  return ++last;
}

// Dicts made while the object model was built, before dict existed (init_dict_type() types them).
std::vector<DictObject*>& dicts_made_before_dict_type() {
  static std::vector<DictObject*> dicts;
  return dicts;
}

bool same_str(const Value& key, StrObject* name) {
  return key.is(name) || (key.is_object() && key.type() == str_type && as_str(key)->view() == name->view());
}
}  // namespace

void adopt_dicts_made_before_dict_type(Type* type) {
  for (DictObject* d : dicts_made_before_dict_type()) d->set_type(type);
  dicts_made_before_dict_type() = {};
}

DictObject::DictObject(Type* type) : Object(type), version_(next_version()) {
  if (type == nullptr) dicts_made_before_dict_type().push_back(this);
}

namespace {

// Released first to last, as CPython frees a dict's entries, whichever order the C++ library
// destroys a vector's elements in: finalizers (__del__, closing generators) run in the dict's order.
void release_first_to_last(std::vector<DictObject::Entry>& entries) {
  for (DictObject::Entry& e : entries) {
    e.key = Value();
    e.value = Value();
  }
}

}  // namespace

DictObject::~DictObject() { release_first_to_last(entries_); }

namespace {

// Where a probe for a key ended: the slot of index_ holding its entry, or the free slot where it
// would go. `found` is the entry position, -1 when absent, -2 when a key's __eq__ raised.

struct Probe {
  std::size_t slot;
  std::int64_t found;
};

template <class Matches>
Probe probe(const std::vector<std::int32_t>& index, std::int64_t hash, Matches matches) {
  std::size_t mask = index.size() - 1;
  auto perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::size_t free_slot = SIZE_MAX;
  while (true) {
    std::int32_t ix = index[i];
    if (ix == kEmpty) return {free_slot != SIZE_MAX ? free_slot : i, -1};
    if (ix == kDummy) {
      if (free_slot == SIZE_MAX) free_slot = i;
    } else {
      int m = matches(ix);
      if (m != 0) return {i, m > 0 ? ix : -2};
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

Value DictObject::get(const Value& key) {
  std::int64_t h = 0;
  if (!py::hash(key, h)) return nullptr;
  if (index_.empty()) return nullptr;
  while (true) {
    std::uint64_t version = version_;
    bool mutated = false;
    Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
      const Entry& e = entries_[static_cast<std::size_t>(ix)];
      if (e.key.is(key)) return 1;
      if (e.hash != h) return 0;
      Value k = e.key;
      int eq = equal(k, key);
      if (version_ != version) mutated = true;
      return mutated ? 1 : eq;
    });
    if (mutated) continue;  // a key's __eq__ changed the dict: look again, as CPython does
    if (p.found == -2) return nullptr;
    if (p.found < 0) return nullptr;
    return entries_[static_cast<std::size_t>(p.found)].value;
  }
}

bool DictObject::set(const Value& key, Value value) {
  std::int64_t h = 0;
  if (!py::hash(key, h)) return false;
  if (index_.empty()) index_.assign(kMinIndexSize, kEmpty);
  while (true) {
    std::uint64_t version = version_;
    bool mutated = false;
    Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
      const Entry& e = entries_[static_cast<std::size_t>(ix)];
      if (e.key.is(key)) return 1;
      if (e.hash != h) return 0;
      Value k = e.key;
      int eq = equal(k, key);
      if (version_ != version) mutated = true;
      return mutated ? 1 : eq;
    });
    if (mutated) continue;
    if (p.found == -2) return false;
    if (p.found >= 0) {
      // The old value is released after the dict is consistent (its destruction may run code).
      std::swap(entries_[static_cast<std::size_t>(p.found)].value, value);
      return true;
    }
    if (entries_.size() + 1 > index_.size() * 2 / 3) {
      resize();
      continue;
    }
    index_[p.slot] = static_cast<std::int32_t>(entries_.size());
    entries_.push_back({key, std::move(value), h});
    used_++;
    version_ = next_version();
    return true;
  }
}

int DictObject::remove(const Value& key) {
  std::int64_t h = 0;
  if (!py::hash(key, h)) return -1;
  if (index_.empty()) return 0;
  while (true) {
    std::uint64_t version = version_;
    bool mutated = false;
    Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
      const Entry& e = entries_[static_cast<std::size_t>(ix)];
      if (e.key.is(key)) return 1;
      if (e.hash != h) return 0;
      Value k = e.key;
      int eq = equal(k, key);
      if (version_ != version) mutated = true;
      return mutated ? 1 : eq;
    });
    if (mutated) continue;
    if (p.found == -2) return -1;
    if (p.found < 0) return 0;
    remove_at(p.slot, p.found);
    return 1;
  }
}

void DictObject::remove_at(std::size_t slot, std::int64_t entry) {
  index_[slot] = kDummy;
  Entry removed = std::move(entries_[static_cast<std::size_t>(entry)]);
  entries_[static_cast<std::size_t>(entry)] = Entry{Value(), Value(), 0};
  used_--;
  version_ = next_version();
  // Trailing holes are dropped at once, so popitem() stays O(1).
  while (!entries_.empty() && entries_.back().key.empty()) entries_.pop_back();
}

std::int32_t DictObject::find_str(StrObject* key) const {
  if (index_.empty()) return -1;
  std::int64_t h = str_hash_value(key);
  Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
    const Entry& e = entries_[static_cast<std::size_t>(ix)];
    return e.hash == h && same_str(e.key, key);
  });
  return p.found < 0 ? -1 : static_cast<std::int32_t>(p.found);
}

Value DictObject::get_str(StrObject* key) const {
  const std::int32_t found = find_str(key);
  if (found < 0) return nullptr;
  return entries_[static_cast<std::size_t>(found)].value;
}

void DictObject::set_str(StrObject* key, Value value) {
  if (index_.empty()) index_.assign(kMinIndexSize, kEmpty);
  std::int64_t h = str_hash_value(key);
  while (true) {
    Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
      const Entry& e = entries_[static_cast<std::size_t>(ix)];
      return e.hash == h && same_str(e.key, key);
    });
    if (p.found >= 0) {
      std::swap(entries_[static_cast<std::size_t>(p.found)].value, value);
      return;
    }
    if (entries_.size() + 1 > index_.size() * 2 / 3) {
      resize();
      continue;
    }
    index_[p.slot] = static_cast<std::int32_t>(entries_.size());
    entries_.push_back({Value::borrow(key), std::move(value), h});
    used_++;
    version_ = next_version();
    return;
  }
}

bool DictObject::remove_str(StrObject* key) {
  if (index_.empty()) return false;
  std::int64_t h = str_hash_value(key);
  Probe p = probe(index_, h, [&](std::int32_t ix) -> int {
    const Entry& e = entries_[static_cast<std::size_t>(ix)];
    return e.hash == h && same_str(e.key, key);
  });
  if (p.found < 0) return false;
  remove_at(p.slot, p.found);
  return true;
}

void DictObject::clear() {
  std::vector<Entry> old = std::move(entries_);
  entries_.clear();
  index_.clear();
  used_ = 0;
  version_ = next_version();
  release_first_to_last(old);
}

// CPython's growth: room for three times the live entries, holes squeezed out.
void DictObject::resize() {
  std::size_t size = kMinIndexSize;
  while (size < static_cast<std::size_t>(used_) * 3) size *= 2;
  std::vector<Entry> live;
  live.reserve(static_cast<std::size_t>(used_));
  for (Entry& e : entries_) {
    if (!e.key.empty()) live.push_back(std::move(e));
  }
  entries_ = std::move(live);
  index_.assign(size, kEmpty);
  std::size_t mask = size - 1;
  for (std::size_t n = 0; n < entries_.size(); n++) {
    auto perturb = static_cast<std::uint64_t>(entries_[n].hash);
    std::size_t i = static_cast<std::size_t>(entries_[n].hash) & mask;
    while (index_[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = static_cast<std::int32_t>(n);
  }
}

Ref<DictObject> make_dict() { return make<DictObject>(); }

}  // namespace py
