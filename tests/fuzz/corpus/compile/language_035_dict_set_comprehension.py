# Dict and set comprehensions (sets of small ints only: their order is deterministic).
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({w: len(w) for w in ["one", "three", "five"] if len(w) > 3})
print({x % 5 for x in range(20)})
print({x * x for x in [-3, -2, -1, 0, 1, 2, 3]})
print(sorted({c for c in "mississippi"}))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print({w: c for w, c in counts.items() if c > 1})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({n for n in range(30) if all(n % d for d in range(2, n)) and n > 1})
print({len(s) for s in ["a", "bb", "cc", "ddd"]})
print(type({}).__name__, type({1}).__name__, type({x for x in ()}).__name__)
squares = {n: n ** 2 for n in range(1, 4)}
print(squares, list(squares.keys()), list(squares.values()))
