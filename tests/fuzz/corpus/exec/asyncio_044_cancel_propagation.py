import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("level3 saw", repr(e))
        raise


async def level2():
    try:
        await level3()
    except asyncio.CancelledError:
        print("level2 saw it")
        raise


async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e))
    # awaiting a task that gets cancelled cancels the awaiter? no: only the awaited one
    inner = asyncio.create_task(asyncio.sleep(1))

    async def outer():
        try:
            await inner
        except asyncio.CancelledError:
            print("outer got CancelledError from inner")
            return "outer ok"

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    inner.cancel()
    print(await o)


asyncio.run(main())
