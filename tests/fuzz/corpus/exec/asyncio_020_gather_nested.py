import asyncio


async def leaf(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    inner1 = asyncio.gather(leaf(1), leaf(2))
    inner2 = asyncio.gather(leaf(3), asyncio.gather(leaf(4), leaf(5)))
    outer = await asyncio.gather(inner1, inner2, leaf(0))
    print(outer)
    # cancelling an outer gather reaches the nested children
    a = asyncio.create_task(leaf(50))
    b = asyncio.create_task(leaf(60))
    outer = asyncio.gather(asyncio.gather(a), b)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(a.cancelled(), b.cancelled())


asyncio.run(main())
