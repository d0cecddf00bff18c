import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def main():
    results = await asyncio.gather(parse("1"), parse("two"), parse("3"))
    print(results)


asyncio.run(main())
