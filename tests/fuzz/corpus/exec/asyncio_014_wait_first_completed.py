import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (5, 1, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.get_name() for t in done])
    print("pending:", sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done2])
    print("pending:", [t.get_name() for t in pending2])
    for t in pending2:
        t.cancel()
    done3, _ = await asyncio.wait(pending2)
    print([t.cancelled() for t in done3])


asyncio.run(main())
