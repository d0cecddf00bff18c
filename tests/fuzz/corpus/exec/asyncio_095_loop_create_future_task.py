import asyncio


async def compute(f):
    await asyncio.sleep(0.01)
    f.set_result("computed")
    return "task done"


loop = asyncio.new_event_loop()
f = loop.create_future()
t = loop.create_task(compute(f), name="compute")
print(t.get_name(), f.done())
print(loop.run_until_complete(f))
print(t.done())
print(loop.run_until_complete(t))
print(loop.run_until_complete(t))
done_f = loop.create_future()
done_f.set_result("already done")
print(loop.run_until_complete(done_f))
loop.close()
