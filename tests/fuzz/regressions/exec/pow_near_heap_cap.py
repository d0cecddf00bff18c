# Found by exec_fuzzer (a mutated language/002_int_big.py): squaring 2 MB ints in one C++
# multiplication outlasted the time limit under ASan; under the 4 MB cap it is a MemoryError.
print(pow(3, 201_0000) > 0)
