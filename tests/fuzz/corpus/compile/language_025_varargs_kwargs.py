# *args and **kwargs in definitions.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", c=[3], d=None)
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3, 4))
def describe(name, **info):
    parts = [f"{k}={v!r}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("point", x=1, y=2.5, label="p"))
def forward(*args, **kwargs):
    return describe(*args, **kwargs)
print(forward("box", w=3, h=4))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(5), **{"x": 1, "y": 2}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, d=7))
def modify(*args):
    args = args + ("extra",)
    return args
print(modify(1))
