# Arithmetic dunders, reflected operands, in-place operators and NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        print("  __rmul__")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        print("  __iadd__")
        self.x += other.x
        self.y += other.y
        return self
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __bool__(self):
        return bool(self.x or self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b))
c = a
c += b
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
print(bool(Vec(0, 0)), bool(a), a == Vec(4, 6), a != Vec(4, 6))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __repr__(self):
        return f"Num({self.v})"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else sum([1, 2], 0), [1] + [2])
print(sum([Num(5)]))
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right(Left):
    def __radd__(self, o):
        return "Right.__radd__ (subclass wins)"
print(Left() + Right(), Right() + Left())
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return bin(self.v)
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)
