# str, repr, bool, list, tuple, dict, set, frozenset, type conversions.
print(str(1), str(1.0), str("s"), str([1, "a"]), str(None), str(True), str(()), str({}))
print(repr(1), repr(1.0), repr("s"), repr([1, "a"]), repr(None), repr((1,)), repr({"k": [1]}))
print(str(), repr(str()), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset())
print(list("ab"), list((1, 2)), list({3: 4}), list(range(2)), list(x for x in "yz"))
print(tuple([1]), tuple("ab"), tuple({5: 6}.items()))
print(dict([(1, 2)]), dict(a=1), dict({"a": 1}.items()), dict(zip([1, 2], [3, 4])))
print(set([1, 2, 2]), set((3,)), set(range(3)), frozenset([4, 4]))
print(int("10") + float("2.5"), str(10) + "2.5", list(map(int, "123")))
print(bool("0"), bool(0), bool("False"), bool([[]]), bool(0j) if False else "skip")
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
print(str(b"x") if False else "bytes skipped", str(123456789 * 987654321), repr(str))
print(type(str(1)).__name__, type(repr([])).__name__)
class Thing:
    def __str__(self):
        return "Thing-str"
    def __repr__(self):
        return "Thing-repr"
t = Thing()
print(str(t), repr(t), [t], (t,), {"k": t}, "%s %r" % (t, t), f"{t} {t!r}")
