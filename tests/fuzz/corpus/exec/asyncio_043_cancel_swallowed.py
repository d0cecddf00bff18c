import asyncio


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught CancelledError, returning normally")
        return "swallowed"


async def cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally runs on cancel")
        await asyncio.sleep(0.01)
        print("cleanup awaited")


async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    u = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("cleanup task cancelled:", u.cancelled())


asyncio.run(main())
