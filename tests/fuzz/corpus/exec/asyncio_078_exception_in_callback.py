import asyncio


def bad_callback(n):
    print("callback", n)
    raise ZeroDivisionError(f"callback {n} failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0.01)
    print("loop survives callback errors")


asyncio.run(main())
