// The built-ins and the standard modules, end to end: each program of modules_cases.inc runs in
// an Interpreter and must print what CPython 3.11 printed (gen/gen_modules_cases.py), plus unit
// tests of the pieces that need no interpreter.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "python/interpreter.hpp"
#include "python/mersenne_twister.hpp"

namespace {

struct ModuleCase {
  const char* name;
  const char* source;
  const char* expected_stdout;
};

constexpr ModuleCase kCases[] = {
#include "modules_cases.inc"
};

struct RunOutput {
  std::string out;
  std::string err;
  int status = 0;
};

RunOutput run_program(const std::string& source) {
  RunOutput result;
  py::InterpreterOptions options;
  options.virtual_time = true;
  py::InterpreterSinks sinks;
  sinks.out = [&](std::string_view text) { result.out += text; };
  sinks.err = [&](std::string_view text) { result.err += text; };
  sinks.read_line = [](std::string&) { return false; };
  py::Interpreter interpreter(options, sinks);
  interpreter.start(source);
  result.status = interpreter.run_to_completion();
  return result;
}

class ModulesCase : public testing::TestWithParam<ModuleCase> {};

TEST_P(ModulesCase, MatchesCPython) {
  const ModuleCase& c = GetParam();
  RunOutput r = run_program(c.source);
  EXPECT_EQ(r.out, c.expected_stdout);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
}

INSTANTIATE_TEST_SUITE_P(Programs, ModulesCase, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<ModuleCase>& info) { return std::string(info.param.name); });

// random.seed(n) seeds with the 32-bit words of |n|; values recorded from python3:
//   random.seed(42); [random.random() for _ in range(3)]; random.getrandbits(40)
TEST(MersenneTwister, MatchesCPythonSeed42) {
  py::MersenneTwister mt;
  std::uint32_t key[] = {42};
  mt.seed_words(key);
  EXPECT_EQ(mt.next_double(), 0.6394267984578837);
  EXPECT_EQ(mt.next_double(), 0.025010755222666936);
  EXPECT_EQ(mt.next_double(), 0.27502931836911926);
  std::vector<std::uint32_t> bits = mt.random_bits(40);
  ASSERT_EQ(bits.size(), 2u);
  EXPECT_EQ(bits[0], 958682846u);
  EXPECT_EQ(bits[1], 35u);
}

// random.seed(0) (no words: seeded as [0]) and random.seed((5 << 64) | 0x123456789abcdef0).
TEST(MersenneTwister, MatchesCPythonZeroAndMultiWordSeeds) {
  py::MersenneTwister mt;
  mt.seed_words({});
  EXPECT_EQ(mt.next_double(), 0.8444218515250481);
  std::uint32_t key[] = {0x9abcdef0u, 0x12345678u, 5};
  mt.seed_words(key);
  EXPECT_EQ(mt.next_double(), 0.632083277355636);
}

}  // namespace
