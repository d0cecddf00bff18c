import asyncio


async def obstinate():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner caught cancel, returns anyway")
        return "inner value"


async def main():
    try:
        r = await asyncio.wait_for(obstinate(), 0.02)
        print("wait_for returned", r)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
