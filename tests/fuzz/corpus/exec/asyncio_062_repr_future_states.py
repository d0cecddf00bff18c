import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result(42)
    print(repr(f))
    g = loop.create_future()
    g.set_exception(RuntimeError("boom"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    s = loop.create_future()
    s.set_result("a string")
    print(repr(s))
    long = loop.create_future()
    long.set_result("x" * 200)
    print(repr(long))
    w = loop.create_future()
    t = asyncio.create_task(asyncio.wait_for(w, 10))
    await asyncio.sleep(0)
    w.set_result(None)
    await t


asyncio.run(main())
