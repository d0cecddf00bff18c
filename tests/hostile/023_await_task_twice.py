# expect: ok
import asyncio
async def job():
    return 5
async def main():
    t = asyncio.create_task(job())
    print(await t, await t)
asyncio.run(main())
