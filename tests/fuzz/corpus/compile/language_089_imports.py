# import forms: import x, import x as y, from x import a, b as c.
import math
import math as m
from math import sqrt, pi as PI, floor
import functools, itertools
from collections import deque as Deque, Counter
import sys as system
print(math.sqrt(16), m.sqrt(25), sqrt(36), PI, floor(2.7))
print(m is math, type(math).__name__, math.__name__, m.__name__, system.__name__)
print(Deque([1, 2]), Counter("aab"), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(itertools.islice(itertools.count(5), 3)))
def local_import():
    import random
    from time import monotonic
    return type(random).__name__, callable(monotonic)
print(local_import())
print("random" in dir(), "math" in dir(), "sqrt" in dir())
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
import math
print(math is m, hasattr(math, "tau"), math.tau == 2 * math.pi)
print(sys_name := system.__name__)
print(__name__)
