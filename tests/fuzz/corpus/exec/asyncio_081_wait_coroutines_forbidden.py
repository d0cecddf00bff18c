import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
