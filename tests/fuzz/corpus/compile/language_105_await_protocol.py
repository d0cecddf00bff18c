# The await protocol: __await__ returning an iterator, awaiting coroutines, non-awaitables.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n, 0, -1):
            yield f"tick {i}"
        return "liftoff"
class ViaIter:
    def __await__(self):
        return iter(["a", "b"])
async def inner():
    r = await Countdown(2)
    return r.upper()
async def main():
    a = await inner()
    b = await Countdown(1)
    c = await ViaIter()
    return a, b, c
coro = main()
while True:
    try:
        print("yielded:", coro.send(None))
    except StopIteration as e:
        print("returned:", e.value)
        break
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 42
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
async def nested(depth):
    if depth == 0:
        return 0
    return 1 + await nested(depth - 1)
try:
    nested(50).send(None)
except StopIteration as e:
    print("depth", e.value)
c = inner()
aw = c.__await__()
print(type(aw).__name__, next(aw), next(aw))
try:
    next(aw)
except StopIteration as e:
    print("StopIteration", e.value)
async def f():
    pass
x = f()
print(hasattr(x, "send"), hasattr(x, "throw"), hasattr(x, "close"), hasattr(x, "__await__"))
x.close()
