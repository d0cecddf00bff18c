# enumerate, zip, map, filter, reversed, iter, next.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, list(z), list(z))
e = enumerate("xy")
print(type(e).__name__, next(e), list(e))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(dict(enumerate("ab")), dict(zip("ab", range(2))))
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print(i, a, b)
print(type(reversed([])).__name__, type(iter([])).__name__, type(iter("")).__name__, type(iter(())).__name__)
