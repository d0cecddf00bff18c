# Ctrl+C (manifest interrupt_at 1.0) inside loop.run_until_complete(), not caught: CPython raises
# it where the loop waits (in the selector).
import asyncio


async def work():
    print("working until Ctrl+C")
    while True:
        await asyncio.sleep(0.2)


loop = asyncio.get_event_loop()
loop.run_until_complete(work())
