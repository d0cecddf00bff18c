# expect: ok
import asyncio
async def job(i):
    await asyncio.sleep(0)
    return i
async def main():
    r = await asyncio.gather(*(job(i) for i in range(20000)))
    print(sum(r))
asyncio.run(main())
