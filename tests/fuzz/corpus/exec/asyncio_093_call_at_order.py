import asyncio

loop = asyncio.new_event_loop()
base = loop.time()
for i, delay in enumerate([0.05, 0.01, 0.04, 0.02, 0.03]):
    loop.call_at(base + delay, print, "timer", i, "delay", delay)
for i in range(3):
    loop.call_soon(print, "soon", i)
loop.call_at(base + 0.1, loop.stop)
loop.run_forever()
loop.close()
