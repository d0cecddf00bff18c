import asyncio


async def forgotten(n):
    await asyncio.sleep(0)
    return n


async def main():
    forgotten(1)
    print("called without await")
    await asyncio.sleep(0)
    return "done"


print(asyncio.run(main()))
c = forgotten(2)
del c
print("end")
