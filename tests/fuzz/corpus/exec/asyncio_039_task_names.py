import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(noop())
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))
    u = asyncio.create_task(noop(), name=None)
    print(u.get_name())
    v = asyncio.get_running_loop().create_task(noop(), name="from-loop")
    print(v.get_name())
    await asyncio.gather(t, u, v)
    print(asyncio.current_task().get_name())


asyncio.run(main())
