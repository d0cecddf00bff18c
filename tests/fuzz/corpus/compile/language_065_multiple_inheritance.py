# Multiple inheritance: the C3 MRO and cooperative super().
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print(E().who(), E().chain(), [k.__name__ for k in E.__mro__])
class Loud:
    def __init__(self, **kw):
        print("Loud init", kw)
        super().__init__(**kw)
class Named:
    def __init__(self, name="?", **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Thing(Loud, Named):
    def __init__(self, **kw):
        print("Thing init")
        super().__init__(**kw)
t = Thing(name="widget")
print(t.name, [k.__name__ for k in Thing.__mro__])
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.data()}"
class Store:
    def data(self):
        return [1, 2]
class MixedStore(Mixin, Store):
    pass
print(MixedStore().describe())
print(isinstance(d, C), issubclass(D, (C,)), D.__bases__)
class F(D, E.__bases__[0]):
    pass
print([k.__name__ for k in F.__mro__])
