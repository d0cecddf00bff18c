import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    print(await asyncio.wait_for(job(4), timeout=1))
    print(await asyncio.wait_for(job(5), timeout=None))
    t = asyncio.create_task(job(6))
    print(await asyncio.wait_for(t, 0.5), t.done())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.02, f.set_result, "future value")
    print(await asyncio.wait_for(f, 0.3))


asyncio.run(main())
