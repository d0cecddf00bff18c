import asyncio


async def victim():
    print("victim started")
    await asyncio.sleep(1)
    print("never printed")


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    print("cancel again:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised", repr(e))
    print(t.cancelled(), t.done(), "cancel done:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    # cancel a task before it ever runs
    u = asyncio.create_task(victim())
    u.cancel("before start")
    try:
        await u
    except asyncio.CancelledError as e:
        print("never started:", repr(e))


asyncio.run(main())
