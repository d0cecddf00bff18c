# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
import asyncio
def spin():
    while True:
        pass
loop = asyncio.new_event_loop()
loop.call_soon(spin)
loop.run_forever()
