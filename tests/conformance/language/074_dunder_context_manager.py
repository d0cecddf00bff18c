# __enter__/__exit__: the with statement, exception suppression, nesting.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, exc)
        return False
with Tag("html") as t:
    print("  inside", t.name)
with Tag("a"), Tag("b") as b:
    print("  inside both", b.name)
with (Tag("x") as x,
      Tag("y") as y):
    print("  parenthesised", x.name, y.name)
try:
    with Tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "enter value"
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("  suppressed", exc_type.__name__, exc)
            return True
        return None
with Suppress(KeyError, ZeroDivisionError) as v:
    print("  got", v)
    1 / 0
    print("not reached")
print("after suppressed block")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
def f():
    with Tag("fn"):
        return "returned from with"
print(f())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
class Resource:
    def __enter__(self):
        raise RuntimeError("cannot acquire")
    def __exit__(self, *a):
        print("never called")
try:
    with Resource():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
