# Function decorators: plain, with arguments, stacked, functools.wraps.
import functools
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 1))
def repeat(times):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
def tag(name):
    def deco(f):
        def wrapper():
            return f"<{name}>{f()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
@(lambda f: f)
def ident():
    return "decorator expressions (3.9)"
print(ident())
