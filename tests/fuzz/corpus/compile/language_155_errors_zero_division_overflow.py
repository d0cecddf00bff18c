# ZeroDivisionError and OverflowError messages.
import math
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(0, -2),
    lambda: (2 ** 100) / 0,
    lambda: 5 / False,
    lambda: math.fmod(1, 0),
    lambda: 10.0 ** 400,
    lambda: 2.0 ** 10000,
    lambda: float(10 ** 400),
    lambda: (10 ** 400) / 1.5,
    lambda: (10 ** 400) / 3,
    lambda: math.exp(800),
    lambda: math.ldexp(1.0, 5000),
    lambda: int(float("inf")),
    lambda: round(1e308 * 10),
    lambda: 10 ** 400 * 1.0,
    lambda: [0] * (2 ** 70),
]
for case in cases:
    try:
        print("no error", case())
    except (ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
        print(f"{type(e).__name__}: {e}")
print(1e308 * 10, -1e308 * 10, 10 ** 400 > 1e308, 2 ** 1000 // 2 ** 999)
