// MT19937 as in Matsumoto and Nishimura's reference code (mt19937ar.c), which CPython's
// Modules/_randommodule.c reproduces.
#include "python/mersenne_twister.hpp"

#include <algorithm>

namespace py {
namespace {

constexpr int kShift = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfu;
constexpr std::uint32_t kUpperMask = 0x80000000u;
constexpr std::uint32_t kLowerMask = 0x7fffffffu;

}  // namespace

MersenneTwister::MersenneTwister() { seed_words({}); }

void MersenneTwister::init_genrand(std::uint32_t seed) {
  state[0] = seed;
  for (int i = 1; i < kWords; i++) {
    state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  }
  index = kWords;
}

void MersenneTwister::seed_words(std::span<const std::uint32_t> key) {
  static constexpr std::uint32_t kZero[1] = {0};
  if (key.empty()) key = kZero;
  init_genrand(19650218u);
  int i = 1;
  std::size_t j = 0;
  for (std::size_t k = std::max<std::size_t>(kWords, key.size()); k > 0; k--) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<std::uint32_t>(j);
    i++;
    j++;
    if (i >= kWords) {
      state[0] = state[kWords - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (int k = kWords - 1; k > 0; k--) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) - static_cast<std::uint32_t>(i);
    i++;
    if (i >= kWords) {
      state[0] = state[kWords - 1];
      i = 1;
    }
  }
  state[0] = 0x80000000u;  // the most significant bit makes the initial array non-zero
}

void MersenneTwister::twist() {
  auto mix = [&](int a, int b, int c) {
    std::uint32_t y = (state[a] & kUpperMask) | (state[b] & kLowerMask);
    state[a] = state[c] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
  };
  int kk = 0;
  for (; kk < kWords - kShift; kk++) mix(kk, kk + 1, kk + kShift);
  for (; kk < kWords - 1; kk++) mix(kk, kk + 1, kk + (kShift - kWords));
  mix(kWords - 1, 0, kShift - 1);
  index = 0;
}

std::uint32_t MersenneTwister::next_uint32() {
  if (index >= kWords) twist();
  std::uint32_t y = state[index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double MersenneTwister::next_double() {
  std::uint32_t a = next_uint32() >> 5;
  std::uint32_t b = next_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::vector<std::uint32_t> MersenneTwister::random_bits(std::uint64_t k) {
  std::vector<std::uint32_t> words;
  words.reserve((k + 31) / 32);
  for (; k > 0; k = k > 32 ? k - 32 : 0) {
    std::uint32_t r = next_uint32();
    if (k < 32) r >>= (32 - k);
    words.push_back(r);
  }
  return words;
}

}  // namespace py
