# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple), type(p).__name__)
print(p._fields, p._asdict(), p._replace(y=99), Point._make([5, 6]))
print(Point(y=3, x=4), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", "red green blue")
print(Color(255, 128, 0), Color._fields)
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Oslo"), Person._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Point3(namedtuple("Point3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = Point3(1, -2, 3)
print(q, q.norm1(), q._replace(z=0))
pts = [Point(i, i * i) for i in range(4)]
print(max(pts, key=lambda pt: pt.y), [pt.y for pt in pts], dict(Point(1, 2)._asdict()))
print(Point.__name__, p.count(1), p.index(2))
