# time: only the deterministic parts are printed (booleans about measured differences).
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, t0 > 1_600_000_000)
result = time.sleep(0.01)
print("sleep returned", result)
m1 = time.monotonic()
p1 = time.perf_counter()
t1 = time.time()
print("monotonic advanced >= 0.009:", m1 - m0 >= 0.009, "and < 5:", m1 - m0 < 5)
print("perf_counter advanced >= 0.009:", p1 - p0 >= 0.009)
print("time advanced:", t1 >= t0)
time.sleep(0)
print("sleep(0) ok", time.monotonic() >= m1)
for delay in (0.005, 0.02):
    start = time.monotonic()
    time.sleep(delay)
    print(f"slept at least {delay}:", time.monotonic() - start >= delay * 0.9)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
print(callable(time.time), callable(time.monotonic), callable(time.perf_counter), callable(time.sleep))
