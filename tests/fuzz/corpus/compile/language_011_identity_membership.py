# is / is not compare identity; in / not in use __contains__, __iter__ or __getitem__.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, None is None, type(a) is list)
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "z" in "abc", "lo" not in "hello")
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items(), "j" in d.keys())
print(3 in {1, 2, 3}, 4 in frozenset([4]), 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]], 1.0 in [1], True in [1])
class Box:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "secret"
print("secret" in Box(), "other" in Box(), "other" not in Box())
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 25 in Seq())
class Iter:
    def __iter__(self):
        return iter([7, 8, 9])
print(8 in Iter(), 10 in Iter())
def gen():
    for i in range(5):
        print("  yield", i)
        yield i
print(2 in gen())
x = None
print(x is None, x is not None)
nan = float("nan")
print(nan in [nan], nan == nan)
