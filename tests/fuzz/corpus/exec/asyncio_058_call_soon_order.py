import asyncio
import functools


def cb(*args, **kwargs):
    print("cb", args, kwargs)


loop = asyncio.new_event_loop()
loop.call_soon(cb, 1)
loop.call_soon(cb, 2, 3)
loop.call_soon(functools.partial(cb, "p", key="v"))
loop.call_soon(lambda: loop.call_soon(cb, "nested"))
loop.call_soon(cb, 4)
loop.call_soon(loop.stop)
loop.run_forever()
print("first pass done")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
