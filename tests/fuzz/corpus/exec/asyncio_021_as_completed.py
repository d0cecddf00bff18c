import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        print("got", await fut)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already")
    order = []
    for fut in asyncio.as_completed([job(1), f]):
        order.append(await fut)
    print(order)


asyncio.run(main())
