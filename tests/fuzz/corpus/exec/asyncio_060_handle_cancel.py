import asyncio

loop = asyncio.new_event_loop()


def cb(label):
    print("ran", label)


h1 = loop.call_soon(cb, "h1")
h2 = loop.call_soon(cb, "h2")
h3 = loop.call_later(0.05, cb, "h3")
h4 = loop.call_later(0.02, cb, "h4")
print(type(h1).__name__, type(h3).__name__)
print(h2.cancelled(), h4.cancelled())
h2.cancel()
h4.cancel()
h4.cancel()
print(h2.cancelled(), h4.cancelled())
print(isinstance(h3, asyncio.Handle), isinstance(h3, asyncio.TimerHandle))
print("when is a float:", isinstance(h3.when(), float))
loop.call_later(0.1, loop.stop)
loop.run_forever()
loop.close()
