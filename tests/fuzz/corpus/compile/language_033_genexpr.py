# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(",".join(str(n) for n in [1, 2, 3]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
def noisy(n):
    for i in range(n):
        print("  produce", i)
        yield i
lazy = (x * 10 for x in noisy(3))
print("created")
print(next(lazy))
print(list(lazy))
data = [3, 1, 2]
g = (x for x in data)
data.append(99)
print(list(g))
try:
    (1 / x for x in [1, 0])
    print("no error until iterated")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
nested = ((i, j) for i in range(2) for j in (i * 10 for _ in range(2)))
print(list(nested))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]))
