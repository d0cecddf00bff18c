# Async generator errors: reuse of asend, already running, ignored GeneratorExit, StopAsyncIteration inside.
import asyncio

async def agen():
    yield 1
    yield 2

async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def slow():
    await asyncio.sleep(0.1)
    yield "slow"

async def main():
    g = agen()
    send = g.asend(None)
    try:
        send.send(None)
    except StopIteration as e:
        print("first via send:", e.value)
    try:
        send.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    b = bad_stop()
    print(await b.__anext__())
    try:
        await b.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    w = slow()
    first = asyncio.ensure_future(w.__anext__())
    await asyncio.sleep(0)
    try:
        await w.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    try:
        async for x in agen():
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await agen().athrow(ValueError, ValueError("v"), None)
    except ValueError as e:
        print("thrown before start:", e)

asyncio.run(main())
