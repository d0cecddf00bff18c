import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.03)
            print("rescheduled:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after reschedule")
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.05)
    print("unscheduled: no timeout")
    # a CancelledError raised inside, not by the timeout, stays a CancelledError
    t = asyncio.current_task()
    loop.call_later(0.01, t.cancel)
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("CancelledError, not TimeoutError")
        t.uncancel()


asyncio.run(main())
