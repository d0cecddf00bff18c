# round() rounds half to even and works on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.7))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), round(7.0), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print(round(1e20), round(123.456, 10), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(2.5, 0), round(-2.5, 0), round(-0.4), round(0.0, 1))
for x in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]:
    print(x, round(x, 1))
print(int(2.9), int(-2.9), 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), divmod(-7, 2.0))
print(5.0 // 0.1, 5.0 % 0.1, 1.0 % -0.3)
import math
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.5), math.floor(-2.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
