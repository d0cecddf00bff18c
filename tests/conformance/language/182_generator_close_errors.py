# Closing a dropped generator: a `with` block's __exit__ runs; an error raised while closing, or a
# yield in place of stopping, is reported on stderr ("Exception ignored in: ...") and the program
# goes on.
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        return False

def reader():
    with Resource():
        yield "line 1"
        yield "line 2"

r = reader()
print(next(r))
r = None
print("reader dropped")

def failing_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = failing_cleanup()
next(g)
del g
print("after failing cleanup")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
s = None
print("after stubborn")

def no_handler():
    yield 1
    yield 2

n = no_handler()
next(n)
del n
print("no handler: nothing to run")
