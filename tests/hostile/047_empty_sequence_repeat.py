# expect: ok
# An empty list, tuple or str times a huge count is empty at once (the engine once looped over
# the count, 2**62 times for `l *= 2**62`). Found by the fuzzers (tests/fuzz).
l = []
l *= 2 ** 62
print(l, [] * 2 ** 62, () * 2 ** 62, "" * 2 ** 62)
