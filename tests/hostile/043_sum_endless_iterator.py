# expect: KeyboardInterrupt
# flags: --interrupt-at 0.5
# sum() loops in C++ over an iterator that never ends: Ctrl+C must still stop it (CPython's
# cannot). Found by the fuzzers (tests/fuzz): a long sum() outlasted every time limit.
import itertools
print(sum(itertools.count()))
