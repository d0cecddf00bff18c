import asyncio


async def square(n):
    await asyncio.sleep((5 - n) / 100)
    print("square", n)
    return n * n


async def main():
    results = await asyncio.gather(*(square(n) for n in range(5)))
    print(results)
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "from future")
    print(await asyncio.gather(f, square(1), asyncio.sleep(0, "s")))
    # same coroutine object twice is awaited once
    c = square(2)
    print(await asyncio.gather(c, c))


asyncio.run(main())
