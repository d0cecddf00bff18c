// An int result that stays unboxed when it fits int64, the way the interpreter keeps small ints.
#pragma once

#include <cstdint>
#include <utility>

#include "python/bigint.hpp"

namespace py {

struct IntValue {
  bool is_big = false;
  std::int64_t small = 0;  // when !is_big
  BigInt big;              // when is_big (empty, hence allocation-free, otherwise)

  static IntValue from(std::int64_t v) {
    IntValue r;
    r.small = v;
    return r;
  }
  static IntValue from(BigInt v) {
    if (v.fits_int64()) return from(v.to_int64());
    IntValue r;
    r.is_big = true;
    r.big = std::move(v);
    return r;
  }
  BigInt to_bigint() const { return is_big ? big : BigInt(small); }
};

}  // namespace py
