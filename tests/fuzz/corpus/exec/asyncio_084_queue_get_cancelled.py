import asyncio


async def getter(q):
    try:
        return await q.get()
    except asyncio.CancelledError:
        print("getter cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q))
    g2 = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    print("g2 got", await g2, "qsize", q.qsize())
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except TimeoutError:
        print("get timed out on empty queue")
    full = asyncio.Queue(1)
    await full.put("a")
    p = asyncio.create_task(full.put("b"))
    await asyncio.sleep(0)
    print("put blocked:", not p.done(), full.qsize())
    print(full.get_nowait())
    await p
    print("put finished:", full.qsize(), full.get_nowait())


asyncio.run(main())
