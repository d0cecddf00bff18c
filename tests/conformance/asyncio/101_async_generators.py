# Async generators under asyncio: async for, asend/athrow/aclose, comprehensions, break and finally.
import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally", n)

async def echo():
    received = None
    while True:
        try:
            received = yield f"got {received}"
        except ValueError as e:
            received = f"error {e}"
        if received == "stop":
            return

async def main():
    async for i in ticker(3, 0.1):
        print("tick", i)
    print([i async for i in ticker(4, 0) if i % 2 == 0])
    print({i: i * i async for i in ticker(2, 0)})
    gen = echo()
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print(gen.__aiter__() is gen)
    print(await gen.__anext__())
    print(await gen.asend("hello"))
    print(await gen.athrow(ValueError("bad")))
    try:
        await gen.asend("stop")
    except StopAsyncIteration:
        print("StopAsyncIteration after return")
    print(await gen.aclose())
    t = ticker(10, 0.01)
    async for i in t:
        if i == 2:
            break
    print("after break")
    await t.aclose()
    print("closed", t.ag_running, t.ag_frame)
    print(await anext(ticker(1, 0)))
    print(await anext(echo(), "default"))
    it = aiter(ticker(1, 0))
    print(await anext(it), await anext(it, "exhausted"))

asyncio.run(main())
