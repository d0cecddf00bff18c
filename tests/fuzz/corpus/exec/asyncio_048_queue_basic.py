import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty(), q.full())
    print([await q.get() for _ in range(2)], q.get_nowait(), q.get_nowait())
    print(q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    b.put_nowait(2)
    print(b.full(), b.qsize())
    try:
        b.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
