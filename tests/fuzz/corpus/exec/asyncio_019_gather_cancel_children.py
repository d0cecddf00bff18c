import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    return name


async def main():
    tasks = [asyncio.create_task(child(f"c{i}")) for i in range(3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.01)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print([t.cancelled() for t in tasks])
    print(g.cancelled(), g.done())
    print("cancel again:", g.cancel())


asyncio.run(main())
