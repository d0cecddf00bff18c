# collections.defaultdict.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(dict)
nested["a"]["x"] = 1
print(nested)
sets = defaultdict(set)
sets["evens"].add(2); sets["evens"].add(4); sets["odds"].add(1)
print(sets)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain, plain.default_factory)
d = defaultdict(lambda: "N/A")
d["set"] = "value"
print(d["set"], d["unset"], dict(d))
print(counts.get("zzz"), "zzz" in counts, isinstance(counts, dict), type(counts).__name__)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"].keys()))
dd = defaultdict(list, {"k": [1]})
dd["k"].append(2)
print(dd, dd.copy() == dd)
