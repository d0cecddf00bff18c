// The Mersenne Twister (MT19937) exactly as CPython's _random module drives it, so that
// random.seed(n) followed by any sequence of calls gives the numbers python3 gives.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace py {

class MersenneTwister {
 public:
  MersenneTwister();  // seeded with 0 until seed_* is called

  // CPython's random.seed(n) for an int: the 32-bit words of |n|, least significant first
  // (no words for 0: seeds as [0]), through init_by_array.
  void seed_words(std::span<const std::uint32_t> key);
  std::uint32_t next_uint32();
  // random(): 53 random bits as a double in [0, 1).
  double next_double();
  // getrandbits(k) for k >= 1: 32-bit words, least significant first; the last word holds the
  // k % 32 top bits of its draw (as CPython's random_getrandbits).
  std::vector<std::uint32_t> random_bits(std::uint64_t k);

  // getstate()/setstate() support: the 624 words and the position.
  static constexpr int kWords = 624;
  std::array<std::uint32_t, kWords> state{};
  int index = kWords + 1;

 private:
  void init_genrand(std::uint32_t seed);
  void twist();
};

}  // namespace py
