import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception:", e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    g.cancel()
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("after cancel:", e)
    print(issubclass(asyncio.InvalidStateError, Exception))
    g2 = loop.create_future()
    g2.set_exception(ValueError)
    print(repr(g2.exception()))


asyncio.run(main())
