# Calls with *iterables and **mappings, possibly several of each.
def f(a, b, c, d=0, e=0):
    return [a, b, c, d, e]
args = [1, 2]
print(f(*args, 3))
print(f(*args, *[3, 4]))
print(f(0, *range(2), e=9))
print(f(*"xyz"))
kw = {"d": 4, "e": 5}
print(f(1, 2, 3, **kw))
print(f(**{"a": 1}, **{"b": 2, "c": 3}))
print(f(*(1,), 2, *[3], **{"e": 6}))
print(*[1, 2, 3])
print(*"abc", sep="|")
print(*range(3), *range(3, 5), sep=", ")
def g(**kw):
    return kw
print(g(**{"x": 1}, y=2, **{"z": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, zz=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), min(*(4, 1), 7))
first, *rest = [*"ab", *range(2)]
print(first, rest)
print([*range(3), *"hi"], (*[1], 2), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
