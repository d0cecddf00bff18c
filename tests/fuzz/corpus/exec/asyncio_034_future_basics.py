import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    print(f.get_loop() is loop)
    f.set_result([1, 2, 3])
    print(f.done(), f.cancelled(), f.result(), f.exception())
    g = asyncio.Future()
    g.set_exception(KeyError("k"))
    print(g.done(), repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result() raised", repr(e))
    h = loop.create_future()
    loop.call_later(0.01, h.set_result, "later")
    print(await h)
    print(isinstance(f, asyncio.Future), type(f) is asyncio.Future)


asyncio.run(main())
