# expect: KeyboardInterrupt
# flags: --interrupt-at 0.5
# math.factorial multiplies in C++ for minutes on a huge argument: Ctrl+C must still stop it.
# Found by the fuzzers (tests/fuzz).
import math
print(math.factorial(10 ** 7) % 10)
