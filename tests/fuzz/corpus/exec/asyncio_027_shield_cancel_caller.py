import asyncio


async def work():
    await asyncio.sleep(0.05)
    return 7


async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller cancelled, work continues:", not t.done())
        raise


async def main():
    w = asyncio.create_task(work())
    c = asyncio.create_task(caller(w))
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled())
    print("work result:", await w)


asyncio.run(main())
