# Iterator classes: __iter__ returning self and __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "finished"))
for x in Countdown(3):
    print("tick", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
class Fib:
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
for i, f in enumerate(Fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
print(dict(zip(Countdown(3), "abc")), list(map(str, Countdown(2))), tuple(Countdown(1)))
print(sorted(Countdown(4)), "-".join(str(x) for x in Countdown(3)))
