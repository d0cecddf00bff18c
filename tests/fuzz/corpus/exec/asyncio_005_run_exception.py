import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value")


try:
    asyncio.run(fail())
except ValueError as e:
    print("caught:", repr(e))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print("done")
