# min, max (key, default), sum, any, all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 2, -3]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
print(max([1, 3, 3.0], key=lambda x: x), max([3.0, 3]), min([-1, 1], key=abs))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([], 5), sum(range(5), start=100))
print(sum([[1], [2]], []), sum([1.5, 2.5]), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, None, 3]), all([1, "x", [0]]), all([1, 0]), any(iter([False])))
print(any(x > 2 for x in range(4)), all(c.isalpha() for c in "abc1"))
scores = {"ann": 90, "bob": 75, "cy": 90}
print(max(scores, key=scores.get), min(scores.values()), sorted(scores, key=scores.get))
print(max(range(10), key=lambda x: (x % 3, x)), min("Hello", key=str.lower))
