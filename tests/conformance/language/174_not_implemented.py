# NotImplementedError for abstract methods, and NotImplemented for binary operators.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError), repr(NotImplemented), type(NotImplemented).__name__)
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"{self.v}m"
print(Meters(1) + Meters(2), sum([Meters(1), Meters(2), Meters(3)]))
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught as RuntimeError:", repr(e))
try:
    raise TimeoutError("operation timed out")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise MemoryError("pretend out of memory")
except MemoryError as e:
    print(type(e).__name__, e)
