import asyncio


async def task_body(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    asyncio.create_task(task_body("X"))
    loop.call_soon(print, "callback B")
    asyncio.create_task(task_body("Y"))
    f = loop.create_future()
    f.add_done_callback(lambda _: print("future callback"))
    f.set_result(None)
    loop.call_soon(print, "callback C")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")


asyncio.run(main())
