import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important finished")
    return "kept"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    print(type(outer).__name__)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.01))
    try:
        await waiter
    except TimeoutError:
        print("wait_for timed out")
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print(await inner)
    # shielding a finished task
    print(await asyncio.shield(inner))


asyncio.run(main())
