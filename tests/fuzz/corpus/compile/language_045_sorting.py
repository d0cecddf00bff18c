# sorted / list.sort: keys, reverse, stability, multi-key sorts.
people = [("Ann", 31), ("bob", 25), ("Cy", 31), ("dan", 19), ("Eve", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower()))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((5, 4)), sorted({3: "a", 1: "b"}))
print(sorted([-5, 3, -1, 2], key=abs), sorted([1.5, -2, 0, True]))
data = [5, 2, 9]
data.sort(key=lambda x: -x)
print(data)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([], reverse=True), sorted(range(5), key=lambda x: x % 2))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print("TypeError:", e)
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 1, 4, 2, 8, 0]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
