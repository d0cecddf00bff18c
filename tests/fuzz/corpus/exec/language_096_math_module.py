# math functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(3), type(math.floor(2.5)).__name__)
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(20), math.factorial(25))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7))
print(math.fabs(-3), math.copysign(2, -0.0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.pow(2, 10), math.pow(9, 0.5), 2 ** 0.5 == math.sqrt(2))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.dist([0, 0], [3, 4]))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.sin(1), 12))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
print(math.ceil(10 ** 20 / 3), math.floor(-0.0), math.sqrt(0.0), math.sqrt(-0.0))
