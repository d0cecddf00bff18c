# @staticmethod and @classmethod.
class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.instances} made"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"
print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_fahrenheit(212)
print(t, Temperature.describe(), t.describe())
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.describe())
print(type(Temperature.__dict__["c_to_f"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(type(Temperature.c_to_f).__name__, type(Temperature.from_fahrenheit).__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(*args):
        return sum(args)
print(Registry.register("a"), Registry.register("b"), Registry.items, Registry.helper(1, 2, 3))
sm = staticmethod(lambda: "wrapped later")
class Late:
    f = sm
    g = classmethod(lambda cls: cls.__name__)
print(Late.f(), Late().f(), Late.g(), Late().g())
