import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 100)
        log.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in (5, 1, 2, 1):
        q.put_nowait(i)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("joined, items processed:", sorted(item for _, item in log))
    print("both workers helped:", len({name for name, _ in log}) == 2)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on empty queue returns at once")


asyncio.run(main())
