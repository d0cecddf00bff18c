import asyncio


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    return name


async def main():
    try:
        await asyncio.wait_for(slow("first"), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), isinstance(e, TimeoutError))
    t = asyncio.create_task(slow("task"))
    try:
        await asyncio.wait_for(t, 0.05)
    except TimeoutError:
        print("timed out; task cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(slow("zero"), 0)
    except TimeoutError:
        print("timeout 0")


asyncio.run(main())
