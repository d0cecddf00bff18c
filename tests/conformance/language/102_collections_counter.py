# collections.Counter.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), c.most_common(), len(c), sum(c.values()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1))
c2 = Counter({"x": 3, "y": 1})
c3 = Counter(x=1, y=5, z=2)
print(c2 + c3, c2 - c3, c3 - c2, c2 & c3, c2 | c3)
c2.update({"x": 1, "w": 4})
print(c2)
c2.subtract(["w", "w", "w", "w", "w"])
print(c2, +c2, -c2)
print(sorted(c3.elements()), list(Counter("aab").elements()))
print(Counter([1, 2, 2, 3, 3, 3]), Counter(), Counter({}) == Counter())
c4 = Counter(a=2)
c4["b"] += 1
del c4["a"]
print(c4, c4.total() if hasattr(c4, "total") else "no total")
print(Counter("hello") == Counter("olleh"), isinstance(c, dict), dict(Counter("ab")))
inventory = Counter(apples=3, pears=0, kiwis=-1)
print(inventory, +inventory, inventory.most_common())
