# expect: ok
import asyncio
loop = asyncio.new_event_loop()
loop.close()
loop.close()
print("closed twice")
