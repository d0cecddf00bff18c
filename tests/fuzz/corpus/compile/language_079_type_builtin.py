# type() with one argument and with three (creating a class), __name__, __qualname__.
print(type(1), type(1.0), type("s"), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(range(1)), type(slice(1)), type(frozenset()), type(type), type(object))
print(type(len).__name__, type(lambda: 0).__name__, type((x for x in [])).__name__, type(print).__name__)
def f():
    pass
class C:
    def m(self):
        pass
    class Inner:
        def im(self):
            pass
print(type(f).__name__, type(C().m).__name__, type(C.m).__name__)
print(f.__name__, f.__qualname__, C.m.__qualname__, C.Inner.__qualname__, C.Inner.im.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
Dyn = type("Dyn", (object,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn, Dyn.__name__, d.x, d.double(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"x": 7})
print(Sub().double(), Sub.__mro__)
print(type(3) == int, type(True) == int, type(True) is bool, isinstance(True, int))
print(int.__name__, str.__name__, list.__name__, dict.__name__, type.__name__, type(int).__name__)
print(C.__module__, f.__module__, type(C()).__module__)
print(repr(int), repr(C), repr(C.Inner), str(type(None)))
