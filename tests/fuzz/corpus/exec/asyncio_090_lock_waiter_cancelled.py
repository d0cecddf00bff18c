import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.03)
        print("holder releases")


async def contender(lock, name):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    a = asyncio.create_task(contender(lock, "a"))
    b = asyncio.create_task(contender(lock, "b"))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.gather(h, a, b, return_exceptions=True)
    print("a cancelled:", a.cancelled(), "locked:", lock.locked())


asyncio.run(main())
