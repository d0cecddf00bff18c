# Module objects: attributes, __name__, reprs of built-in modules.
import sys
import math
import time
print(repr(sys), type(sys).__name__, sys.__name__)
print(type(math).__name__, math.__name__, type(time).__name__)
print(__name__, type(__name__).__name__)
print(callable(math.sqrt), math.sqrt.__name__, repr(math.sqrt))
print(getattr(math, "pi"), hasattr(math, "nonexistent"), getattr(math, "nope", "default"))
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
import sys as s2
print(s2 is sys, sys.modules["math"] is math, "__main__" in sys.modules)
mod_main = sys.modules["__main__"]
x_global = 42
print(mod_main.x_global, type(mod_main).__name__)
def f():
    return 1
print(f.__module__, f.__globals__ is globals(), "x_global" in globals(), globals()["x_global"])
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
