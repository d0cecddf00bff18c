import asyncio


async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    async with b:
        async with b:
            print("both held, locked:", b.locked())
    print("locked:", b.locked())
    print(isinstance(b, asyncio.Semaphore))


asyncio.run(main())
