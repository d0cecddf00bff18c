import asyncio


async def critical(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    log = []
    await asyncio.gather(*(critical(n, lock, log) for n in "abc"))
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print("released:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0.01)
    print("second acquire pending:", not t.done())
    lock.release()
    await asyncio.sleep(0)
    print("second acquire done:", t.done(), lock.locked())
    lock.release()


asyncio.run(main())
