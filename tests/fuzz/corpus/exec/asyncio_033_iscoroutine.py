import asyncio
import functools


async def coro_fn():
    return 1


def plain():
    return 1


def gen():
    yield 1


class Awaitable:
    def __await__(self):
        yield


c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(gen()))
print(asyncio.iscoroutine(Awaitable()), asyncio.iscoroutine(42))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(c))
print(asyncio.iscoroutinefunction(functools.partial(coro_fn)))
print(asyncio.iscoroutinefunction(lambda: coro_fn()))
c.close()

loop = asyncio.new_event_loop()
f = loop.create_future()
t = loop.create_task(coro_fn())
print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(coro_fn), asyncio.isfuture(None))
print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(Awaitable()))
print(loop.run_until_complete(t))
loop.close()
