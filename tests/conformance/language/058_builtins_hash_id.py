# hash() of numbers and tuples is deterministic; id() only compared, never printed.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.0), hash(1.5), hash(0.5), hash(-0.0), hash(2.0 ** 70), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1,)) == hash((1.0,)))
print(hash(1) == hash(1.0) == hash(True), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = "text"
print(hash(s) == hash("te" + "xt"), hash(range(3)) == hash(range(3)))
for bad in ([1], {1: 2}, {1}):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
class K:
    pass
k1, k2 = K(), K()
print(hash(k1) == hash(k1), hash(k1) == hash(k2), k1 == k1, k1 == k2)
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    hash(V(1))
except TypeError as e:
    print("TypeError:", e)
print(V.__hash__)
