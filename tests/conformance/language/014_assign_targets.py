# Assignment targets: names, attributes, subscripts, tuples/lists, starred, chained.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "hi"
print(s, t)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1, 2, 3]
print(init, tail)
head, *rest = "abc"
print(head, rest)
one, *empty = [1]
print(one, empty)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
class Obj:
    pass
obj = Obj()
obj.value = 10
obj.items = [0, 0, 0]
obj.items[1] = "mid"
obj.value, obj.other = 20, 30
print(obj.value, obj.other, obj.items)
d = {}
d["a"], d["b"] = 1, 2
d["a"], x = x, d["a"]
print(d, x)
lst = [0] * 5
lst[0], lst[-1] = "start", "end"
lst[1:3] = ["x", "y", "z"]
print(lst)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
for idx, (k, v) in enumerate({"u": 1, "w": 2}.items()):
    print(idx, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
