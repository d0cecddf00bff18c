import asyncio


def cb(label):
    print(label, "current_task in callback:", asyncio.current_task())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon")
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.01))
    t.add_done_callback(lambda f: cb("done-callback"))
    await t
    await asyncio.sleep(0)
    print("in main:", asyncio.current_task().get_name())


asyncio.run(main())
