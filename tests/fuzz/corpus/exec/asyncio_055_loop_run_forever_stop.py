import asyncio

loop = asyncio.new_event_loop()
count = [0]


def tick():
    count[0] += 1
    print("tick", count[0], "running:", loop.is_running())
    if count[0] == 3:
        loop.stop()
    else:
        loop.call_soon(tick)


loop.call_soon(tick)
loop.run_forever()
print("stopped after", count[0], "running:", loop.is_running())
# stop() before run_forever(): runs one iteration
loop.call_soon(print, "one iteration")
loop.stop()
loop.run_forever()
print("again stopped")
loop.close()
print("closed:", loop.is_closed())
loop.close()
print("close twice is fine")
