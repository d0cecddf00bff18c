import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print("expired before:", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("fast enough, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at:", repr(e))


asyncio.run(main())
