import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.sleep(0.05, result="payload")
    print("result:", r)
    print("none:", await asyncio.sleep(0))
    t0 = loop.time()
    await asyncio.sleep(0.2)
    print("TIME:", round(loop.time() - t0, 2))
    start = time.monotonic()
    await asyncio.sleep(0.3, [1, 2])
    print("elapsed >= 0.29:", time.monotonic() - start >= 0.29)
    print(await asyncio.sleep(-1, "negative ok"))


asyncio.run(main())
