# dict methods.
d = {"a": 1, "b": 2}
print(d["a"], d.get("a"), d.get("z"), d.get("z", 0), len(d))
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"b": 20, "x": 9})
d.update(y=10)
d.update([("z", 26)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0))
copy = d.copy()
copy["a"] = "changed"
print(d["a"], copy["a"])
print(d | {"a": "merged", "new": 1})
d |= {"w": 0}
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("ab", [1, 2])))
d.clear()
print(d, len(d), bool(d))
print({1: "int", 1.0: "float"}, {(1, 2): "tuple key"}, {None: 0, True: 1})
inventory = {"apples": 3}
for fruit in ["apples", "pears", "apples"]:
    inventory[fruit] = inventory.get(fruit, 0) + 1
print(inventory)
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, "a" in {"a": 0}, 0 in {"a": 0})
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}), list(reversed({"x": 1, "y": 2})))
