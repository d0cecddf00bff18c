# range objects.
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(r), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0, -5, -1)), list(range(3, 3)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5)), len(range(0, 100, 7)))
print(r[3], r[-1], r[2:5], r[::-1], r[::3], range(0, 20, 2)[3:7])
print(5 in r, 10 in r, 6 in range(0, 10, 3), 9 in range(0, 10, 3), -1 in range(-3, 0))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(30))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
print(sum(range(101)), max(range(7)), list(reversed(range(4))), sorted(range(3), reverse=True))
print(range(10 ** 20)[-1], len(range(10 ** 18)), 10 ** 19 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
for i in range(3, 0, -1):
    print("countdown", i)
print(type(r).__name__, bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
