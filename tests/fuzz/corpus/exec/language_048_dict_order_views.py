# dicts keep insertion order; views are live.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["new"] = 1
print(keys, len(values), list(items)[-1])
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print("mid" in keys, 99 in values, ("mid", 3) in items)
print(keys & {"mid", "nope"} == {"mid"}, sorted(keys - {"mid"}))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {i: i * i for i in range(5)}
for k in list(e):
    if k % 2:
        del e[k]
print(e)
print(list(reversed(e.items())), next(iter(e)))
nested = {"user": {"name": "Ann", "tags": ["a", "b"]}, "count": 2}
print(nested["user"]["tags"][1], nested)
print(repr({}), str({"q": "'"}), {"k": {"j": {}}})
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
