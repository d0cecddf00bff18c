import asyncio


async def short():
    await asyncio.sleep(0.01)


async def long():
    await asyncio.sleep(0.05)


async def main():
    a = asyncio.create_task(short(), name="short")
    b = asyncio.create_task(long(), name="long")
    snapshot = asyncio.all_tasks()
    print(sorted(t.get_name() for t in snapshot))
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print("done tasks are not listed:", a not in asyncio.all_tasks())
    b.cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)


asyncio.run(main())
