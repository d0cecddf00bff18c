import asyncio


async def sleeper():
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()
t = loop.create_task(sleeper())
loop.call_later(0.02, t.cancel)
try:
    loop.run_until_complete(t)
except asyncio.CancelledError as e:
    print("run_until_complete raised", repr(e))
print(t.cancelled())
t2 = loop.create_task(sleeper())
loop.call_later(0.02, t2.cancel, "bye")
loop.run_until_complete(t2)
