# generator.throw and generator.close (GeneratorExit).
def worker():
    try:
        while True:
            try:
                x = yield
                print("  work", x)
            except ValueError as e:
                print("  handled ValueError", e)
    finally:
        print("  cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("send after close: StopIteration")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(u)
except StopIteration:
    print("generator finished after throw")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    try:
        yield "first"
    except TypeError:
        yield "recovered"
    yield "last"
t = thrower()
print(next(t), t.throw(TypeError), next(t))
never_started = worker()
never_started.close()
print("close before start: no cleanup printed")
def ret_on_throw():
    try:
        yield
    except ValueError:
        return "returned"
r = ret_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
