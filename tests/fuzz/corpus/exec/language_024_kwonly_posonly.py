# Keyword-only (after * or *args) and positional-only (before /) parameters.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=4, b=5))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def both(x, /, y=0, *args, z, **kwargs):
    return x, y, args, z, kwargs
print(both(1, z=0))
print(both(1, 2, 3, 4, z=5, w=6))
def name_clash(x, /, **kwargs):
    return x, kwargs
print(name_clash(1, x=2))
def only_pos(a, b=5, /):
    return a + b
print(only_pos(1), only_pos(1, 2))
try:
    only_pos()
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
def after_star(*args, sep="-"):
    return sep.join(map(str, args))
print(after_star(1, 2, 3), after_star(1, 2, sep="+"))
try:
    pos(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
