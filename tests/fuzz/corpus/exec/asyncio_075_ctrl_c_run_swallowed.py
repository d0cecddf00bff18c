# Ctrl+C (manifest interrupt_at 1.0): asyncio.run() cancels the main task; main swallows the
# cancellation and returns a value, so asyncio.run() returns it (3.11's Runner only raises
# KeyboardInterrupt when the main task ends cancelled).
import asyncio


async def main():
    print("waiting")
    try:
        for _ in range(10):
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("swallowed")
    return "value"


try:
    print(asyncio.run(main()))
except KeyboardInterrupt:
    print("KeyboardInterrupt")
