import asyncio
import functools


def report(label, fut):
    print(label, "cancelled" if fut.cancelled() else fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(report, "first"))
    f.add_done_callback(functools.partial(report, "second"))
    third = functools.partial(report, "third")
    f.add_done_callback(third)
    f.add_done_callback(third)
    print("removed:", f.remove_done_callback(third))
    print("removed again:", f.remove_done_callback(third))
    f.set_result("value")
    print("set_result returned; callbacks are scheduled")
    await asyncio.sleep(0)
    f.add_done_callback(functools.partial(report, "late"))
    print("added late")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(functools.partial(report, "g"))
    g.cancel()
    await asyncio.sleep(0)
    ctx_calls = []
    h = loop.create_future()
    h.add_done_callback(ctx_calls.append)
    h.set_result(None)
    await asyncio.sleep(0)
    print(ctx_calls[0] is h)


asyncio.run(main())
