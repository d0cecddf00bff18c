# Functions, bound methods and their attributes (no addresses printed).
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
    def __repr__(self):
        return f"Greeter({self.name!r})"
g = Greeter("ann")
bm = g.greet
print(bm("bob"), bm.__self__, bm.__func__ is Greeter.greet, bm.__name__, bm.__qualname__)
print(repr(bm))
print(Greeter.greet(g, "cy"), Greeter.greet.__name__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
methods = [g.greet, Greeter("zed").greet]
print([m("you") for m in methods])
def free(a, b=1, *args, c, **kw):
    "A docstring."
    x = a
    return x
print(free.__name__, free.__doc__, free.__defaults__, free.__kwdefaults__, free.__module__)
free.custom = "attribute"
print(free.custom, callable(free), type(free).__name__)
g.greet = lambda other: "instance attribute shadows method"
print(g.greet("x"), Greeter.greet(g, "y"))
del g.greet
print(g.greet("again"))
print(type(len).__name__, len.__name__, repr(len), repr(print), repr(max))
print([].append.__name__, type([].append).__name__)
print(str.upper("abc"), "abc".upper.__name__)
