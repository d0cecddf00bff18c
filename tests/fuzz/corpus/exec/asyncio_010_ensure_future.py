import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(job(3))
    print(type(t).__name__, isinstance(t, asyncio.Task))
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    print(asyncio.ensure_future(t) is t)
    f.set_result("fut")
    print(await t, await f)
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

loop = asyncio.new_event_loop()
t = asyncio.ensure_future(job(5), loop=loop)
print(loop.run_until_complete(t))
loop.close()
