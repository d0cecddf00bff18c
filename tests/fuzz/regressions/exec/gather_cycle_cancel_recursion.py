import asyncio
async def a():
    await asyncio.sleep(0)
    await asyncio.gather(tb)
async def b():
    await asyncio.sleep(0)
    await asyncio.gather(ta)
async def main():
    global ta, tb
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await asyncio.sleep(0.1)
    print('cancel:', ta.cancel())
    await asyncio.sleep(0.1)
    print(ta.done(), tb.done())
asyncio.run(main())
