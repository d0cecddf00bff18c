# async with / async for / async generators, driven without asyncio.
class Lock:
    def __init__(self):
        self.log = []
    async def __aenter__(self):
        self.log.append("acquire")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"release ({exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 100
async def main():
    lock = Lock()
    async with lock as l:
        print("  inside async with", l is lock)
    async with lock:
        raise KeyError("suppressed by __aexit__")
    print("  log", lock.log)
    async for t in Ticker(3):
        print("  tick", t)
    async for v in agen(3):
        print("  agen", v)
    print("  comprehension", [x async for x in agen(4) if x])
    try:
        async with Lock():
            raise ValueError("escapes")
    except ValueError as e:
        print("  ValueError:", e)
    return "main done"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
g = agen(1)
print(type(g).__name__, type(Ticker(1).__anext__()).__name__ if False else "anext skipped")
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first item via StopIteration:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration at the end")
print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration.__base__.__name__)
