import asyncio


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept", i)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("swallowed cancel, cancelling =", t.cancelling())
            print("uncancel ->", t.uncancel())
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    print("cancelling after two cancels:", t.cancelling())
    print(await t)
    print("cancelled:", t.cancelled())


asyncio.run(main())
