# Ctrl+C (manifest interrupt_at 1.0) with asyncio.run(): the main task is cancelled, its cleanup
# awaits, then the other tasks are cancelled at shutdown and KeyboardInterrupt is caught.
import asyncio


async def helper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("helper cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(helper())
    print("started")
    try:
        for _ in range(10):
            await asyncio.sleep(0.5)
    finally:
        print("cleanup begins")
        await asyncio.sleep(0.05)
        print("cleanup ends")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
