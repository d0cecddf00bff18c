import asyncio


async def user(sem, name, hold, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} has")
        await asyncio.sleep(hold)
    log.append(f"{name} left")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await asyncio.gather(user(sem, "a", 0.03, log), user(sem, "b", 0.01, log), user(sem, "c", 0.02, log))
    for line in log:
        print(line)


asyncio.run(main())
