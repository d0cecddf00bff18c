import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("other loop:", e)
    other.close()


asyncio.run(main())
