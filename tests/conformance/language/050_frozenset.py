# frozenset: immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(f, type(f).__name__, len(f), 2 in f)
print(f | {9}, f & {1, 5}, f - {1}, f ^ frozenset([1, 4]))
print(type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset(range(3)) == {0, 1, 2}, hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([7]), f.issubset({1, 2, 3, 4}), f.copy() == f, f.isdisjoint([8]))
print(frozenset([frozenset([1])]), sorted(f, reverse=True))
print(repr(frozenset({5})), str(frozenset()))
