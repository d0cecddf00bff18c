import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.05), job(0.5), job(0.02)], timeout=0.1):
            got.append(await fut)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, e.args)
    print(got)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
