# expect: MemoryError
# flags: --max-heap-mb 64
import asyncio
async def main():
    tasks = []
    while True:
        tasks.append(asyncio.create_task(asyncio.sleep(100)))
asyncio.run(main())
