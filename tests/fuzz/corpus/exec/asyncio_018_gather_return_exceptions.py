import asyncio


async def ok(n):
    await asyncio.sleep(n / 100)
    return n


async def bad(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)


async def main():
    res = await asyncio.gather(ok(1), bad("x"), ok(3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(ok(1), bad("first"), ok(3))
    except ValueError as e:
        print("propagated:", repr(e))
    t = asyncio.create_task(ok(4))
    c = asyncio.create_task(ok(9))
    c.cancel()
    print(await asyncio.gather(t, c, return_exceptions=True))


asyncio.run(main())
