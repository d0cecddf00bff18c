# Tuples: packing, immutability, methods, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t), (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], t[::-1])
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2])
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi)
print((1, "a", None, 2.5), ((1, 2), (3, 4)), (((),),))
print(1 in t, tuple(x * 2 for x in t), sum(t), sorted((3, 1, 2)))
empty = ()
print(len(empty), bool(empty), empty == tuple())
x = (5)
y = (5,)
print(type(x).__name__, type(y).__name__)
