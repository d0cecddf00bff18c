# StopIteration carries the generator's return value; it becomes RuntimeError inside generators.
def gen():
    yield 1
    return "the value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value)
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("exhausted list iterator", repr(e.value))
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def next_inside():
    it = iter([])
    yield next(it)
try:
    print(list(next_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)))
c = Counter(1)
print(next(c), next(c, "end"), next(c, "end"))
