# expect: ok
import asyncio
def bad():
    raise ValueError("in a callback")
async def main():
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0.01)
    print("still running")
asyncio.run(main())
