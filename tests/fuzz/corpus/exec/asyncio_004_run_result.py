import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print("x, y =", x, y)
    return [x, y]


print("result:", asyncio.run(main()))
print("again:", asyncio.run(add(20, 22)))
