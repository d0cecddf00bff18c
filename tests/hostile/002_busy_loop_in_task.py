# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
import asyncio
async def spin():
    while True:
        pass
asyncio.run(spin())
