import asyncio


async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    print("setting", value)
    fut.set_result(value)


async def waiter(name, fut):
    v = await fut
    print(name, "got", v)
    return v


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    results = await asyncio.gather(waiter("w1", fut), waiter("w2", fut), setter(fut, 0.02, "hello"))
    print(results)
    print(list(fut.__await__()) if False else "await works via __await__:", hasattr(fut, "__await__"))


asyncio.run(main())
