import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(sorted(t.get_name() for t in done))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="sometime")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
