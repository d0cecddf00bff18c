# with: the value bound by as, exceptions seen by __exit__, return value of __exit__.
class Logger:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
        self.log = []
    def __enter__(self):
        print(f"enter {self.name}")
        return self.log
    def __exit__(self, exc_type, exc_value, traceback):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else 'no exception'}, {exc_value!r}, traceback given: {traceback is not None}")
        return self.suppress
with Logger("one") as log:
    log.append(1)
    print("log inside", log)
with Logger("two", suppress=True):
    raise KeyError("swallowed")
print("continued")
try:
    with Logger("three"):
        [].pop()
except IndexError as e:
    print("escaped:", e)
with Logger("outer") as a, Logger("inner") as b:
    print("both", a is b)
def use():
    with Logger("in function"):
        return "returned"
print(use())
def gen():
    with Logger("in generator"):
        yield 1
        yield 2
for v in gen():
    print("value", v)
g = gen()
next(g)
g.close()
print("closed generator")
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *exc):
        self.exited = True
t = Timer()
with t as same:
    print(same is t, t.entered)
print(t.exited)
with Logger("nested-outer"):
    with Logger("nested-inner", suppress=True):
        raise ValueError("inner only")
    print("between")
