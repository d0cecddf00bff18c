import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return 10 / x


loop = asyncio.get_event_loop()
print(loop.run_until_complete(compute(2)))
loop.run_until_complete(compute(0))
print("not reached")
