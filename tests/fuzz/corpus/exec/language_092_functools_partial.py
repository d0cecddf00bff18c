# functools.partial and its repr (built-in targets keep the repr address-free).
import functools
from functools import partial
binary = partial(int, base=2)
print(binary("1010"), binary("111", base=10), repr(binary))
print(binary.func is int, binary.args, binary.keywords)
from_ff = partial(int, "ff")
print(from_ff(16), from_ff(36), repr(from_ff))
p = partial(pow, 2)
print(p(10), repr(p), p.args)
p2 = partial(p, 5)
print(p2(), repr(p2), p2.args)
printer = partial(print, "prefix:", sep="|")
printer("a", "b")
print(repr(printer))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(base=3), type(square).__name__, square.keywords, square.func is power)
print(list(map(partial(max, 0), [-2, 5, -1, 3])))
try:
    partial(power, exp=2)(2, 3)
except TypeError as e:
    print("TypeError:", e)
print(repr(partial(sorted, reverse=True, key=abs)))
print(partial(sorted, key=abs)([-3, 1, 2]))
