import asyncio


async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 0.02))
    t2 = asyncio.create_task(worker("b", 0.01), name="second")
    print(t1.get_name(), t2.get_name())
    print("created")
    await asyncio.sleep(0)
    print("after one step")
    print(await t1, await t2)
    print(t1.done(), t2.done(), t1.result(), t2.result())


asyncio.run(main())
