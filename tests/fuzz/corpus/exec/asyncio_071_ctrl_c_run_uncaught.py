# Ctrl+C (manifest interrupt_at 1.0) while asyncio.run() runs: the main task is cancelled, then
# asyncio.run() raises KeyboardInterrupt, which nobody catches.
import asyncio


async def main():
    print("running until Ctrl+C")
    while True:
        await asyncio.sleep(0.2)


asyncio.run(main())
