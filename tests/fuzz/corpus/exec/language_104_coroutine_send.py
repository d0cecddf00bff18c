# Coroutine objects from async def, driven by hand with send(None) (no asyncio).
async def add(a, b):
    return a + b
c = add(2, 3)
print(type(c).__name__, type(add).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result via StopIteration:", e.value)
class Suspend:
    """An awaitable that suspends once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        reply = yield self.value
        return reply
async def worker(name):
    print(f"  {name}: start")
    got = await Suspend(f"{name} wants 1")
    print(f"  {name}: got {got}")
    got2 = await Suspend(f"{name} wants 2")
    total = await add(got, got2)
    return f"{name} total {total}"
def run(coro):
    value = None
    step = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        step += 1
        print("driver got:", request)
        value = step * 10
print(run(worker("w1")))
co = worker("w2")
print(co.send(None))
co.close()
print("closed coroutine")
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
done = add(1, 1)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = add(1, 2)
try:
    c2.send("not None")
except TypeError as e:
    print("TypeError:", e)
c2.close()
async def fails():
    raise ValueError("inside coroutine")
try:
    fails().send(None)
except ValueError as e:
    print("ValueError:", e)
async def thrower():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"caught {e!r}"
t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
