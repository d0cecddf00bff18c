// The interpreter's heap: every object a run creates, and a byte budget for the run.
//
// Objects are linked into the heap that was current when they were made, so ending a run frees
// all of them, cycles included (refcounting alone never frees a cycle). While a heap is current
// (Heap::Scope), every C++ allocation on this thread counts against its budget, strings' and
// vectors' storage included: past the cap, operator new throws std::bad_alloc instead of returning
// the storage, and the VM turns that into Python's MemoryError. A soft cap, not an accounting
// proof: storage is credited to whichever heap is current when it is freed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

#include "python/object.hpp"

namespace py {

class Heap {
 public:
  explicit Heap(std::size_t max_bytes = 0);  // 0: no cap
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  // Frees every object still on the heap without running Python-level finalizers.
  ~Heap();

  // Makes this heap current on this thread for the scope's lifetime (nests).
  class Scope {
   public:
    explicit Scope(Heap& heap);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Heap* previous_;
  };
  static Heap* current();

  // No heap is current for the scope's lifetime: objects made in it are immortal and shared by
  // every run (what never changes, such as the frozen modules' compiled code).
  class Outside {
   public:
    Outside();
    ~Outside();
    Outside(const Outside&) = delete;
    Outside& operator=(const Outside&) = delete;

   private:
    Heap* previous_;
  };

  void link(Object* o);
  static void unlink(Object* o);

  // Bytes of C++ storage allocated while this heap was current and not yet freed.
  std::size_t bytes_in_use() const { return bytes_ > 0 ? static_cast<std::size_t>(bytes_) : 0; }
  std::size_t max_bytes() const { return max_bytes_; }
  void set_max_bytes(std::size_t n) { max_bytes_ = n; }
  // Allocations beyond the cap fail only while enforcement is on: the engine turns it off while it
  // builds the MemoryError and prints the final traceback, so reporting the failure cannot fail.
  void set_enforcing(bool on) { enforcing_ = on; }
  bool enforcing() const { return enforcing_; }
  bool tearing_down() const { return tearing_down_; }

  // operator new's bookkeeping (heap.cpp).
  bool would_exceed(std::size_t n) const {
    return enforcing_ && max_bytes_ != 0 && static_cast<std::size_t>(bytes_ > 0 ? bytes_ : 0) + n > max_bytes_;
  }
  bool try_reserve(std::size_t n);
  void credit(std::size_t n) { bytes_ -= static_cast<std::int64_t>(n); }

  // Freed storage of a few small sizes, kept for reuse: every Python call makes and frees a frame,
  // and malloc and free were a fifth of a call's cost. The storage stays counted as in use.
  // `bytes` is a multiple of 8; take_block returns null when nothing of that size is kept.
  void* take_block(std::size_t bytes);
  // False when blocks of that size are not kept (or enough are): free it then.
  bool keep_block(void* block, std::size_t bytes);

 private:
  HeapLink sentinel_;
  std::int64_t bytes_ = 0;
  std::size_t max_bytes_ = 0;
  bool enforcing_ = true;
  bool tearing_down_ = false;

  struct KeptBlock {
    KeptBlock* next;
  };
  static constexpr std::size_t kKeptSizes = 64;  // 8-byte steps: blocks up to 512 bytes
  static constexpr std::uint8_t kKeptPerSize = 32;
  KeptBlock* kept_[kKeptSizes] = {};
  std::uint8_t kept_count_[kKeptSizes] = {};
};

// Keeps an object made outside any run reachable for the life of the process: it is immortal,
// and one its maker dropped (a constant the compiler found it already had) would otherwise be a
// leak for LeakSanitizer.
void keep_immortal(Object* o);

template <class T, class... A>
Ref<T> make(A&&... args) {
  T* o = new T(std::forward<A>(args)...);
  if (Heap* heap = Heap::current()) {
    heap->link(o);
  } else {
    o->refcnt = Object::kImmortal;
    keep_immortal(o);
  }
  return Ref<T>::steal(o);
}

}  // namespace py
