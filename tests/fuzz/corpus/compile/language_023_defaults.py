# Default parameter values are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def show(x=n):
    return x
n = 20
print(show())
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, c=30), f(*[7, 8]), f(**{"a": 1, "c": 9}))
print(f.__defaults__, greet.__defaults__)
def g(a, b=[]):
    return b
print(g(1) is g(2))
def counter(start=0, *, step=1):
    return list(range(start, start + 3 * step, step))
print(counter(), counter(5), counter(step=2), counter.__kwdefaults__)
