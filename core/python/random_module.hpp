// random.Random: a Mersenne Twister with CPython's algorithms on top, so a seeded program
// draws the same numbers as under python3. The module's functions are bound to one instance
// per run.
#pragma once

#include <optional>

#include "python/mersenne_twister.hpp"
#include "python/object.hpp"

namespace py {

extern Type* random_type;

struct RandomObject : Object {
  explicit RandomObject(Type* type);  // seeded from the system's entropy
  MersenneTwister generator;
  std::optional<double> gauss_next;  // gauss() makes its normal deviates in pairs
};

void init_random_type();

}  // namespace py
