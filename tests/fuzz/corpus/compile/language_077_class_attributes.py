# Class attributes, instance attributes, shadowing, mutation through the class.
class Config:
    defaults = {"debug": False}
    tags = []
    version = 1
    def add_tag(self, t):
        self.tags.append(t)
a, b = Config(), Config()
a.add_tag("x")
print(b.tags, Config.tags)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
a.tags = ["own"]
print(a.tags, b.tags)
print("version" in a.__dict__, "version" in b.__dict__, sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Square(Shape):
    sides = 4
class Triangle(Shape):
    sides = 3
print(Shape().describe(), Square().describe(), Triangle().describe())
Shape.sides = -1
print(Shape().describe(), Square().describe())
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.id = Counter.n
items = [Counter() for _ in range(3)]
print([i.id for i in items], Counter.n)
print(Config.__name__, Square.__name__, Square.__base__.__name__, Square().__class__ is Square)
def method(self):
    return "added later " + type(self).__name__
Square.extra = method
print(Square().extra(), hasattr(Triangle(), "extra"))
class Chain:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
print(Chain.y, Chain.z)
