# Async generators in the tutorial's style: loop.run_until_complete, loop.shutdown_asyncgens and an
# error escaping an async generator.
import asyncio

async def countdown(n):
    try:
        while n > 0:
            yield n
            await asyncio.sleep(0.5)
            n -= 1
    finally:
        print("countdown finally at", n)

async def take(agen, k):
    out = []
    async for v in agen:
        out.append(v)
        if len(out) == k:
            break
    return out

loop = asyncio.get_event_loop()
gen = countdown(5)
print(loop.run_until_complete(take(gen, 2)))
print("gen is suspended:", gen.ag_frame is not None, gen.ag_running)
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown:", gen.ag_frame)

async def broken():
    yield "ok"
    1 / 0

async def main():
    async for item in broken():
        print("item", item)

loop.run_until_complete(main())
