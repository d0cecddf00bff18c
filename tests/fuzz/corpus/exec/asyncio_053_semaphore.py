import asyncio


async def limited(sem, n, active, peak):
    async with sem:
        active.append(n)
        peak[0] = max(peak[0], len(active))
        print("enter", n, "locked", sem.locked())
        await asyncio.sleep(0.01)
        active.remove(n)


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(limited(sem, n, active, peak) for n in range(5)))
    print("peak concurrency:", peak[0])
    s = asyncio.Semaphore(0)
    print("locked at 0:", s.locked())
    s.release()
    s.release()
    print("released twice, locked:", s.locked())
    await s.acquire()
    await s.acquire()
    print("acquired twice, locked:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
