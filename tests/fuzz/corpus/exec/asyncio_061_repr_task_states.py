import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x * 2


async def main():
    t = asyncio.create_task(work(1))
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    e = asyncio.create_task(work(-1), name="failing")
    await asyncio.wait([e])
    print(repr(e))
    e.exception()
    c = asyncio.create_task(work(2), name="cancelme")
    c.cancel()
    print(repr(c))
    await asyncio.wait([c])
    print(repr(c))
    print(repr(asyncio.current_task()))
    print(str(t) == repr(t))


asyncio.run(main())
