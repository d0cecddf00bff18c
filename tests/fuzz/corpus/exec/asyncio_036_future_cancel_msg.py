import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel("stop now"), f.cancelled(), f.done())
    print(f.cancel("again"))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result:", repr(e), e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception:", repr(e))
    g = loop.create_future()
    g.set_result(1)
    print("cancel done future:", g.cancel())
    h = loop.create_future()
    h.cancel()
    try:
        await h
    except asyncio.CancelledError as e:
        print("awaited:", repr(e))
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
