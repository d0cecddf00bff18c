import asyncio
import functools
import sys


def hello(name, greeting="hi"):
    print(greeting, name)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(hello, "world")
    print(repr(h))
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(functools.partial(hello, "partial", greeting="hey"))
    print(repr(h2), file=sys.stderr)
    p = functools.partial(hello, "x")
    print(repr(p), file=sys.stderr)
    f = loop.create_future()
    f.add_done_callback(p)
    print(repr(f), file=sys.stderr)
    f.add_done_callback(print)
    print(repr(f), file=sys.stderr)
    th = loop.call_later(10, hello, "timer")
    print(repr(th).split(" when=")[0], "cancelled" in repr(th))
    th.cancel()
    print(repr(th).split(" when=")[0])
    await asyncio.sleep(0)
    f.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
