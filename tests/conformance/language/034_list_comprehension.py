# List comprehensions: filters, nesting, scoping.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else "even" for x in range(5)])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * 3 + c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([c.upper() for c in "hello" if c not in "aeiou"])
x = "outer"
print([x for x in range(3)], x)
words = ["apple", "Banana", "cherry"]
print([w.lower() for w in words if len(w) > 5])
print([len(w) for w in words])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([[]for _ in range(2)], [[0] * 2 for _ in range(2)])
print([(lambda v: v + 1)(v) for v in range(3)])
print([y for y in [3, 1, 2] if y > 1 for _ in range(y)])
print([k for k in {"a": 1, "b": 2}])
def squares(n):
    return [i ** 2 for i in range(n)]
print(squares(8))
class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(A.doubled)
print([str(i) + s for i, s in enumerate("abc")])
