import asyncio


async def boom(n):
    await asyncio.sleep(n / 100)
    raise ValueError(f"boom {n}")


async def main():
    t = asyncio.create_task(boom(1))
    try:
        await t
    except ValueError as e:
        print("caught", repr(e), "task done:", t.done())
    print("exception():", repr(t.exception()))
    tasks = [asyncio.create_task(boom(n)) for n in (2, 1)]
    for coro in asyncio.as_completed(tasks):
        try:
            await coro
        except ValueError as e:
            print("as_completed raised", e)
    try:
        await asyncio.wait_for(boom(1), 1)
    except ValueError as e:
        print("wait_for raised", e)


asyncio.run(main())
