# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
import asyncio
asyncio.run(asyncio.sleep(10**6))
