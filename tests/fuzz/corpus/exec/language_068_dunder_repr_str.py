# __repr__ and __str__, and where each is used.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(p)
print(repr(p), str(p), [p], (p, p), {"p": p}, {p.x: p})
print(f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
print(Point("a", 2.5))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), f"{m:short}", f"{m:>10}|", format(m, "short"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})" if self.children else f"Node({self.v})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
