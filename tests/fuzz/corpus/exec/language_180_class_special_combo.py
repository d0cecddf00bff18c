# A class combining many dunders: a fraction type.
import math
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def _coerce(self, other):
        if isinstance(other, int):
            return Fraction(other)
        return other if isinstance(other, Fraction) else None
    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, other):
        o = self._coerce(other)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __mul__(self, other):
        o = self._coerce(other)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        o = self._coerce(other)
        return Fraction(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __eq__(self, other):
        o = self._coerce(other)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __hash__(self):
        return hash((self.num, self.den))
    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return self.num // self.den
    def __bool__(self):
        return self.num != 0
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, -half, half + 1, 2 * third, 1 + half)
print(repr(Fraction(6, -8)), Fraction(4, 2), float(third), int(Fraction(7, 2)), bool(Fraction(0, 5)))
print(half == Fraction(2, 4), half == 0.5, sorted([half, third, Fraction(3, 4)]), max(half, third))
print(sum([Fraction(1, n) for n in range(1, 7)]), len({half, Fraction(2, 4), third}))
h = Fraction(1, 10)
total = Fraction(0)
for _ in range(10):
    total += h
print(total, total == 1)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
