# sets (of small ints: deterministic order) and their operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection([2, 3, 9]), a.difference({1}), a.symmetric_difference([4, 8]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
print(s, len(s), type(s).__name__)
s.add(3); s.add(1); s.add(3)
print(s)
s.update([5, 7], (9,))
print(s)
s.discard(7); s.discard(100)
s.remove(9)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s), 5 in s, 6 not in s)
c = s.copy()
c.add(0)
print(s, c)
x = c.pop()
print(x, c)
c.clear()
print(c)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
s = {1, 2, 3}
s |= {4}; s &= {1, 2, 4, 5}; s -= {1}; s ^= {2, 8}
print(s)
s.intersection_update({4, 8, 16}); print(s)
s.difference_update([4]); print(s)
s.symmetric_difference_update({1, 8}); print(s)
print(set([3, 3, 1]), set(range(5)), set("aaa"), set(), {0})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(len({1, 1.0, True}), {1, 2} == {2, 1}, {1} == frozenset({1}))
print(set([10, 20]) - {10}, sum({1, 2, 3}), max({4, 9, 2}))
