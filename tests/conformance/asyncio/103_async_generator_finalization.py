# Async generators and the event loop: finalization of dropped generators, asyncio.run's
# shutdown_asyncgens, errors while closing, tracebacks through an async generator.
import asyncio

async def numbers(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0)
    finally:
        print(label, "closing")
        await asyncio.sleep(0.01)
        print(label, "closed")

async def grumpy():
    try:
        yield 1
    finally:
        raise ValueError("cannot close")

async def failing():
    yield 1
    raise KeyError("boom")

async def main():
    async for n in numbers("dropped"):
        if n == 2:
            break
    print("after break", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    task = asyncio.create_task(asyncio.sleep(0))
    print("next task is", task.get_name())
    kept = numbers("kept")
    print("kept", await kept.__anext__())
    g = grumpy()
    await g.__anext__()
    global keep
    keep = (kept, g)
    try:
        async for x in failing():
            print("x", x)
    except KeyError as e:
        print("caught", repr(e))
    print("main done")

asyncio.run(main())
print("after run")
