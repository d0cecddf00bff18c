import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise


async def stubborn_fail():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("failed during cancellation")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    asyncio.create_task(stubborn_fail())
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
