import asyncio


async def main():
    return asyncio.get_running_loop()


first = asyncio.run(main())
print("first loop closed:", first.is_closed())
second = asyncio.run(main())
print("a new loop each run:", first is not second)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.sleep(0, "works")))
print(asyncio.get_event_loop() is loop)
loop.close()
