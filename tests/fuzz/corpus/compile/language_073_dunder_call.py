# __call__ makes instances callable.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *, verbose=False):
        self.calls += 1
        if verbose:
            print(f"  {x} * {self.factor}")
        return x * self.factor
triple = Multiplier(3)
print(triple(4), triple(x=5), triple(6, verbose=True), triple.calls)
print(list(map(triple, [1, 2, 3])), callable(triple), callable(Multiplier))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values):
        self.total += sum(values)
        return self
acc = Accumulator()
print(acc(1)(2, 3)(4).total)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
try:
    Multiplier(2)()
except TypeError as e:
    print("TypeError:", e)
try:
    text = "text"
    text()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five(1)
except TypeError as e:
    print("TypeError:", e)
class Strategy:
    def __init__(self, name, fn):
        self.name, self.fn = name, fn
    def __call__(self, a, b):
        return self.fn(a, b)
ops = [Strategy("add", lambda a, b: a + b), Strategy("max", max)]
for op in ops:
    print(op.name, op(3, 7))
