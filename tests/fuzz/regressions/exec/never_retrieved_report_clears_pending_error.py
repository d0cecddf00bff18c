import asyncio
async def do_some_work(x):
    return 'Done after {}s'.foriat(x)
async def main():
    coroutine1 = do_some_work(1)
    tasks = [asyncio.ensure_future(do_some_work(2)), asyncio.ensure_future(do_some_work(4))]
    dones, pendings = await asyncio.wait(tasks)
    for task in dones:
        print('Task ret: ', task.result())
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
