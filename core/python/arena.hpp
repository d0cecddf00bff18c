// A bump allocator for AST nodes.
//
// Nodes are trivially destructible (names and string values are string_views into arena-owned
// bytes, child lists are arena arrays), so freeing a tree is freeing a few blocks: no recursive
// destructor can overflow the native stack however deep the tree is.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace py::ast {

// An immutable array allocated in an Arena.
template <class T>
class Seq {
 public:
  Seq() = default;
  Seq(T* data, std::size_t size) : data_(data), size_(size) {}

  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) const { return data_[i]; }
  T& front() const { return data_[0]; }
  T& back() const { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;

  void* allocate(std::size_t size, std::size_t align) {
    std::size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + size > capacity_) {
      std::size_t capacity = size + align > kBlockSize ? size + align : kBlockSize;
      blocks_.push_back(std::make_unique<std::byte[]>(capacity));
      capacity_ = capacity;
      offset = 0;
      // make_unique<std::byte[]> is aligned for any fundamental type; larger alignments unused here.
    }
    used_ = offset + size;
    bytes_ += size;
    return blocks_.back().get() + offset;
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  std::string_view copy(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return std::string_view(p, s.size());
  }

  template <class T>
  Seq<T> copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    T* p = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(static_cast<void*>(p), items.data(), sizeof(T) * items.size());
    return Seq<T>(p, items.size());
  }

  // Bytes handed out so far (for tests and budgets).
  std::size_t bytes_allocated() const { return bytes_; }

 private:
  static constexpr std::size_t kBlockSize = 64 * 1024;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::size_t used_ = 0;
  std::size_t capacity_ = 0;
  std::size_t bytes_ = 0;
};

}  // namespace py::ast
