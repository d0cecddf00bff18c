# yield from delegates iteration, send and throw, and returns the subgenerator's value.
def inner():
    x = yield "inner 1"
    print("  inner got", x)
    y = yield "inner 2"
    print("  inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub caught"
def delegate():
    yield from sub()
    yield "after sub"
d = delegate()
print(next(d), d.throw(ValueError), next(d))
def tree_sum():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def collector(results):
    while True:
        r = yield from tree_sum()
        results.append(r)
res = []
c = collector(res)
next(c)
for v in [1, 2, None, 10, 20, None]:
    c.send(v)
print(res)
def returns():
    return 5
    yield
def use():
    v = yield from returns()
    yield v * 2
print(list(use()))
