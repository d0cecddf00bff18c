# @property with setter and deleter; read-only properties.
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        print("  get radius")
        return self._radius
    @radius.setter
    def radius(self, value):
        print("  set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("  delete radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
print(type(Circle.radius).__name__, Circle.area.fget.__name__, Circle.area.fset)
class Old:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, doc="doubled x")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        if not hasattr(self, "_cache"):
            print("  computing")
            self._cache = 42
        return self._cache
l = Lazy()
print(l.value, l.value)
class Child(Circle):
    @property
    def area(self):
        return "child area " + str(super().area)
print(Child(1).area)
