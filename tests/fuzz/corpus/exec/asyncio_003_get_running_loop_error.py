import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("got loop", loop.is_running())


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
