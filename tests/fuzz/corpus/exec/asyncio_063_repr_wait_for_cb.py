import asyncio


async def do_some_work(x):
    await asyncio.sleep(x)
    return x


async def waiter(t):
    return await t


async def main():
    t = asyncio.create_task(do_some_work(0.05))
    await asyncio.sleep(0)
    print(repr(t))
    w = asyncio.create_task(waiter(t), name="waiter")
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(w))
    g = asyncio.gather(t)
    print(repr(g))
    await g
    print(repr(g))
    print(repr(t))
    await w
    print(repr(w))


asyncio.run(main())
