import asyncio

loop = asyncio.new_event_loop()
start = loop.time()
log = []


def at(label):
    log.append(label)
    print(label, "TIME:", round(loop.time() - start, 1))


loop.call_later(0.3, at, "later 0.3")
loop.call_later(0.1, at, "later 0.1")
loop.call_at(start + 0.2, at, "at 0.2")
loop.call_later(0, at, "later 0")
loop.call_soon(at, "soon")
loop.call_later(0.4, loop.stop)
loop.run_forever()
print(log)
print(isinstance(loop.time(), float), loop.time() >= start)
loop.close()
