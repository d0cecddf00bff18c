# expect: ok
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = asyncio.create_task(asyncio.sleep(10))
    a.add_done_callback(lambda f: b.cancel())
    a.set_result(1)
    try:
        await b
    except asyncio.CancelledError:
        print("b cancelled from a done callback")
asyncio.run(main())
