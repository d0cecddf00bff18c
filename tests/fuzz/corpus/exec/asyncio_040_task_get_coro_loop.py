import asyncio


async def job():
    await asyncio.sleep(0)
    return "j"


async def main():
    c = job()
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(t.get_coro().__name__, t.get_coro().__qualname__)
    print(t.get_loop() is asyncio.get_running_loop())
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    print(issubclass(asyncio.Task, asyncio.Future))
    print(await t)
    print(t.get_coro() is c, t.get_coro().cr_frame is None)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
