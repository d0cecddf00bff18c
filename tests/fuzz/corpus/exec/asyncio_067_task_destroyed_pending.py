import asyncio


async def forever():
    await asyncio.sleep(10)


async def quick():
    await asyncio.sleep(0.01)
    return "quick"


loop = asyncio.get_event_loop()
task = loop.create_task(forever())
print(loop.run_until_complete(quick()))
loop.close()
print("closed with a pending task")
