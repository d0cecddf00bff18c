import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    ev.set()
    print("set; is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("wait timed out while clear")


asyncio.run(main())
