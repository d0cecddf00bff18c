import asyncio


async def stubborn(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "swallows the cancellation")
        return f"stubborn {n}"


async def obedient():
    await asyncio.sleep(1)


async def main():
    g = asyncio.gather(stubborn(1), obedient(), stubborn(2), return_exceptions=True)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        print("gather result:", await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")


asyncio.run(main())
