# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)], data[slice(None, None, -4)])
print(s.indices(6), slice(None, None, -1).indices(5), slice(-100, 100).indices(10), slice(3, -2, 1).indices(8))
print("abcdefgh"[slice(2, 6)], tuple(range(10))[slice(1, 8, 3)])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:], r[::2], r[1, 2], r[1:2, ::3], r[...])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(type(s).__name__)
lst = list(range(10))
lst[slice(0, 3)] = ["a"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
