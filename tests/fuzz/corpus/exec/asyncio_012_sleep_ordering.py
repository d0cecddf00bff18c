import asyncio


async def tick(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)


async def main():
    log = []
    await asyncio.gather(
        tick("c", 0.03, log), tick("a", 0.01, log), tick("b", 0.02, log),
        tick("z0", 0, log), tick("z1", 0, log),
    )
    print(log)


asyncio.run(main())
