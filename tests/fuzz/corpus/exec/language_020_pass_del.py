# pass and del on names, items, slices, attributes.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class P:
    pass
p = P()
p.a = 1
p.b = 2
del p.a
print(hasattr(p, "a"), hasattr(p, "b"))
try:
    del p.a
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
for i in range(3):
    pass
else:
    pass
while False:
    pass
print("end")
