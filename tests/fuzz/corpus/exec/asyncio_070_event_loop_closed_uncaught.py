import asyncio

loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("closed")
loop.call_soon(print, "never")
