import asyncio
import functools


async def do_some_work(x):
    await asyncio.sleep(x)
    return x * 10


def done_callback(label, fut):
    print(label, "->", fut.result())
    print(repr(fut))


loop = asyncio.get_event_loop()
task = asyncio.ensure_future(do_some_work(0.02))
task.add_done_callback(functools.partial(done_callback, "partial"))
print(repr(task))
print(loop.run_until_complete(task))
print(repr(task))
loop.close()
