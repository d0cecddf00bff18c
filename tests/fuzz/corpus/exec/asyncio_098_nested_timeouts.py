import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.5):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout (wrong)")
    except TimeoutError:
        print("outer timeout fired")
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0.01)
            print("outer block continues")
    except TimeoutError:
        print("outer timeout (wrong)")
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(1), 0.02), 0.5)
    except TimeoutError:
        print("nested wait_for: inner timeout")


asyncio.run(main())
