# Closures capture variables, not values.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([f(100) for f in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(100) for f in make_adders_fixed()])
def accumulator():
    items = []
    def add(item):
        items.append(item)
        return list(items)
    return add
acc = accumulator()
acc("a"); print(acc("b"))
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
print(double.__name__, double.__qualname__)
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def counter_gen():
    state = {"n": 0}
    def tick():
        state["n"] += 1
        return state["n"]
    return tick
t = counter_gen()
print(t(), t(), t())
