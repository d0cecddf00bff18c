# Ctrl+C (manifest interrupt_at 1.0) while asyncio.run() runs, caught around asyncio.run().
import asyncio

ticks = 0


async def main():
    global ticks
    print("running until Ctrl+C")
    try:
        while True:
            await asyncio.sleep(0.2)
            ticks += 1
    except asyncio.CancelledError:
        print("main task cancelled by the Ctrl+C")
        raise
    finally:
        print("main finally")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught, ticked:", ticks >= 1)
print("clean exit")
