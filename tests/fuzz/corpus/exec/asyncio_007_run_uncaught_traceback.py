import asyncio


async def leaf(n):
    await asyncio.sleep(0.01)
    if n == 0:
        raise KeyError("missing")
    return n


async def middle():
    return await leaf(0)


async def main():
    print("start")
    await middle()
    print("never")


asyncio.run(main())
