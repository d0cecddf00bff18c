#include "python/heap.hpp"

#include <utility>

#include <malloc.h>

#include <cstdlib>
#include <vector>

namespace py {
namespace {

thread_local Heap* current_heap = nullptr;

// Sizes come from the allocator itself (malloc_usable_size), not from a header in front of each
// block: a header would hand out pointers into the middle of malloc's blocks, which leak checkers
// (LeakSanitizer) take for lost memory. A block freed while a heap is current is credited to it.
void* allocate(std::size_t n) {
  // A request the cap refuses anyway is refused before malloc sees it: a huge one ([0] * 10**10)
  // would otherwise make the system (or a sanitizer's allocator) try to find it.
  if (current_heap != nullptr && current_heap->would_exceed(n)) throw std::bad_alloc();
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p == nullptr) throw std::bad_alloc();
  if (Heap* heap = current_heap) {
    if (!heap->try_reserve(malloc_usable_size(p))) {
      std::free(p);
      throw std::bad_alloc();
    }
  }
  return p;
}

void deallocate(void* p) noexcept {
  if (p == nullptr) return;
  if (Heap* heap = current_heap) heap->credit(malloc_usable_size(p));
  std::free(p);
}

}  // namespace

Heap::Heap(std::size_t max_bytes) : max_bytes_(max_bytes) {
  sentinel_.heap_prev = &sentinel_;
  sentinel_.heap_next = &sentinel_;
}

Heap::~Heap() {
  Scope scope(*this);
  tearing_down_ = true;
  enforcing_ = false;
  // Destructors release references to objects that may already be destroyed: while
  // detail::heap_teardown is set, releasing a reference touches nothing, so every object can be
  // deleted in any order.
  std::vector<Object*> objects;
  for (HeapLink* l = sentinel_.heap_next; l != &sentinel_; l = l->heap_next) objects.push_back(static_cast<Object*>(l));
  sentinel_.heap_prev = sentinel_.heap_next = &sentinel_;
  const bool outer = detail::heap_teardown;
  detail::heap_teardown = true;
  for (Object* o : objects) {
    o->heap_prev = o->heap_next = nullptr;
    delete o;
  }
  detail::heap_teardown = outer;
  for (KeptBlock*& list : kept_) {
    while (KeptBlock* block = list) {
      list = block->next;
      ::operator delete(static_cast<void*>(block));
    }
  }
}

void* Heap::take_block(std::size_t bytes) {
  const std::size_t size = bytes / 8;
  if (size >= kKeptSizes || kept_[size] == nullptr) return nullptr;
  KeptBlock* block = kept_[size];
  kept_[size] = block->next;
  --kept_count_[size];
  return block;
}

bool Heap::keep_block(void* block, std::size_t bytes) {
  const std::size_t size = bytes / 8;
  if (size >= kKeptSizes || kept_count_[size] == kKeptPerSize || tearing_down_) return false;
  kept_[size] = new (block) KeptBlock{kept_[size]};
  ++kept_count_[size];
  return true;
}

Heap::Scope::Scope(Heap& heap) : previous_(current_heap) { current_heap = &heap; }
Heap::Scope::~Scope() { current_heap = previous_; }
Heap* Heap::current() { return current_heap; }

void keep_immortal(Object* o) {
  static auto* immortals = new std::vector<Object*>();  // never freed, as what it holds
  immortals->push_back(o);
}
Heap::Outside::Outside() : previous_(std::exchange(current_heap, nullptr)) {}
Heap::Outside::~Outside() { current_heap = previous_; }

void Heap::link(Object* o) {
  o->heap_next = sentinel_.heap_next;
  o->heap_prev = &sentinel_;
  sentinel_.heap_next->heap_prev = o;
  sentinel_.heap_next = o;
}

void Heap::unlink(Object* o) {
  if (o->heap_next == nullptr) return;
  o->heap_prev->heap_next = o->heap_next;
  o->heap_next->heap_prev = o->heap_prev;
  o->heap_prev = o->heap_next = nullptr;
}

bool Heap::try_reserve(std::size_t n) {
  if (enforcing_ && max_bytes_ != 0 && static_cast<std::size_t>(bytes_) + n > max_bytes_) return false;
  bytes_ += static_cast<std::int64_t>(n);
  return true;
}

namespace detail {
thread_local bool heap_teardown = false;

// CPython's "trashcan": freeing a list frees its items, which free theirs, so data nested 100,000
// deep would be freed 100,000 destructors deep and overflow the native stack (wasm's first).
// Past a small depth, objects wait in a list that the outermost free drains, one at a time.
constexpr int kMaxFreeDepth = 50;
thread_local int free_depth = 0;
thread_local std::vector<Object*>* deferred_frees = nullptr;

void free_object(Object* o) {
  if (FinalizeSlot finalize = o->type()->finalize; finalize != nullptr && !finalize(o)) return;
  Heap::unlink(o);
  if (free_depth >= kMaxFreeDepth) {
    Heap::Outside uncounted;  // the list's storage is the engine's, never a run's (nor its cap's)
    if (deferred_frees == nullptr) deferred_frees = new std::vector<Object*>();  // kept for the thread
    deferred_frees->push_back(o);
    return;
  }
  ++free_depth;
  delete o;
  if (free_depth == 1) {
    while (deferred_frees != nullptr && !deferred_frees->empty()) {
      Object* next = deferred_frees->back();
      deferred_frees->pop_back();
      delete next;
    }
  }
  --free_depth;
}
}  // namespace detail

}  // namespace py

// Every allocation of the program goes through these, so a run's budget sees all its storage.
void* operator new(std::size_t n) { return py::allocate(n); }
void* operator new[](std::size_t n) { return py::allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return py::allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return py::allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { py::deallocate(p); }
void operator delete[](void* p) noexcept { py::deallocate(p); }
void operator delete(void* p, std::size_t) noexcept { py::deallocate(p); }
void operator delete[](void* p, std::size_t) noexcept { py::deallocate(p); }
