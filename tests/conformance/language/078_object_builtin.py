# object: the root of every class.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), issubclass(type, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().missing
except AttributeError as e:
    print("AttributeError:", e)
print(object.__bases__, object.__mro__, type(object), int.__mro__, bool.__mro__)
class A:
    pass
print(A.__bases__, A.__mro__, A() == A(), A() != A())
a = A()
print(a == a, a.__eq__(5), a.__ne__(a), object.__eq__(a, a))
print(str(a) == repr(a), repr(a).startswith("<__main__.A object at 0x"))
print(o.__class__.__name__, type(o) is object, object.__name__)
print(hasattr(object, "__init__"), hasattr(object, "__repr__"), callable(object))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(A, object), isinstance(A, type), type(A) is type, type(type) is type)
print(sorted(set(dir(object)) & {"__eq__", "__hash__", "__init__", "__repr__", "__str__"}))
