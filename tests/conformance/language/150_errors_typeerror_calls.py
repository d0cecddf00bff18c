# TypeError messages for bad calls.
def f(x):
    return x
def g(a, b, c=1):
    return a
def h(*, key):
    return key
class C:
    def method(self, x):
        return x
    def __init__(self, v):
        self.v = v
nothing = None
cases = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, d=4),
    lambda: h(1),
    lambda: h(),
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1).method(),
    lambda: C(1).method(1, 2),
    lambda: C.method(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: int([1]),
    lambda: list(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: sorted([1], cmp=None),
    lambda: "x".upper(1),
    lambda: {}.get(),
    lambda: [].append(1, 2),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: max(),
    lambda: nothing(),
    lambda: f(**{"x": 1, "y": 2}),
    lambda: print(*5),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
