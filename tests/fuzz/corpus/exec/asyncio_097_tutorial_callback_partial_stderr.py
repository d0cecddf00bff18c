import asyncio
import functools
import sys


async def do_some_work(x):
    print("Waiting " + str(x))
    await asyncio.sleep(x)


def done_callback(loop, futu):
    print("Done", repr(futu))
    loop.stop()


loop = asyncio.get_event_loop()
futu = asyncio.ensure_future(do_some_work(0.05))
cb = functools.partial(done_callback, loop)
futu.add_done_callback(cb)
print(repr(cb), file=sys.stderr)
print(repr(futu))
loop.run_forever()
print("stopped")
loop.close()
