import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    loop = asyncio.get_running_loop()
    coro2 = inner()
    try:
        loop.run_until_complete(coro2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro2.close()
    return "ok"


print(asyncio.run(main()))
