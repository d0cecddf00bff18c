# expect: ValueError
# A generator dropped while an exception propagates raises another one in its finally, and a
# __del__ raises too: both are reported as ignored, and the first exception goes on.
class Noisy:
    def __del__(self):
        raise KeyError("from __del__")
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("from finally")
def work():
    g = gen()
    next(g)
    n = Noisy()
    raise ValueError("the real error")
work()
