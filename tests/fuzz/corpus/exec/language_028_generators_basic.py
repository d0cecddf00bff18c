# Generator functions are lazy.
def countdown(n):
    print("  start")
    while n > 0:
        yield n
        n -= 1
    print("  end")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
def read_lines(text):
    for line in text.split("\n"):
        if line.strip():
            yield line.strip()
print(list(read_lines("a\n\n  b \nc")))
def gen_with_return():
    yield 1
    return
    yield 2
print(list(gen_with_return()))
def empty():
    return
    yield
print(list(empty()))
g2 = countdown(2)
for x in g2:
    print("loop", x)
def evens():
    n = 0
    while True:
        yield n
        n += 2
for e in evens():
    if e > 6:
        break
    print("even", e)
print(iter(g) is g, hasattr(g, "__next__"))
