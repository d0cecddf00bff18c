import asyncio


async def ok(n):
    await asyncio.sleep(n / 100)
    return n


async def bad(n):
    await asyncio.sleep(n / 100)
    raise RuntimeError(f"bad {n}")


async def main():
    tasks = [asyncio.create_task(ok(5), name="ok5"),
             asyncio.create_task(bad(2), name="bad2"),
             asyncio.create_task(ok(1), name="ok1")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    # No exception at all: behaves like ALL_COMPLETED
    more = [asyncio.create_task(ok(n)) for n in (1, 2)]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    await asyncio.wait(pending | set(tasks))


asyncio.run(main())
