# functools.wraps and functools.reduce.
import functools
from functools import reduce, wraps
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: ch + acc, "hello", ""), reduce(lambda a, b: a + b, [], "empty ok"))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def trace(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        print(f"-> {f.__name__}{args}")
        return f(*args, **kwargs)
    return wrapper
@trace
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18))
print(gcd.__name__, gcd.__doc__, gcd.__qualname__, gcd.__wrapped__.__name__, gcd.__module__)
def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@plain
def named():
    "doc"
print(named.__name__, named.__doc__)
def attrs(f):
    f.tagged = True
    return f
@trace
@attrs
def tagged():
    pass
print(tagged.__dict__.get("tagged"), "__wrapped__" in tagged.__dict__)
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["aa", "bbbb", "cc", "dddd"]))
