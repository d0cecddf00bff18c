# getattr, setattr, hasattr, delattr, callable, vars, dir, type, isinstance, issubclass.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(getattr(p, "x"), getattr(p, "z", "no z"), getattr(p, "dims"), getattr(p, "norm2")())
setattr(p, "z", 5)
print(p.z, hasattr(p, "z"), hasattr(p, "w"), hasattr(Point, "norm2"))
delattr(p, "z")
print(hasattr(p, "z"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
print(vars(p), p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print(callable(p), callable(Point), callable(p.norm2), callable(print), callable(len), callable(5), callable(lambda: 0))
print(type(p).__name__, type(Point).__name__, type(p) is Point, type(type))
print(isinstance(p, Point), isinstance(p, object), isinstance(3, (str, int)), isinstance(True, int), isinstance(None, object))
print(issubclass(Point, object), issubclass(bool, (str, int)), issubclass(int, bool), issubclass(Point, Point))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(Point).keys() & {"dims", "norm2", "__init__"}))
for name in ["x", "y"]:
    setattr(p, name, getattr(p, name) * 10)
print(p.x, p.y, p.norm2())
print(type(3), type("s"), type([]), type({}), type(None), type(len), type(print))
print(type(Point.norm2).__name__, type(p.norm2).__name__)
