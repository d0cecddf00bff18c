import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise KeyError(n)


loop = asyncio.new_event_loop()
t = loop.create_task(fail(1))
loop.run_until_complete(asyncio.sleep(0.01))
print("task done:", t.done())
del t
print("after del")
loop.close()
