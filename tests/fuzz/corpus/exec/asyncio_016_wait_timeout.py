import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(d), name=f"d{d}") for d in (0.05, 0.3, 0.4)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", [t.get_name() for t in done])
    print("pending:", sorted(t.get_name() for t in pending))
    print("no exception raised, tasks still running:", all(not t.done() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    f = asyncio.get_running_loop().create_future()
    done, pending = await asyncio.wait([f], timeout=0.01)
    print(len(done), len(pending), f.done())


asyncio.run(main())
