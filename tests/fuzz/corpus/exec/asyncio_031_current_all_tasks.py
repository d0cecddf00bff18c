import asyncio


async def sleeper(n):
    await asyncio.sleep(n)


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task())
    tasks = [asyncio.create_task(sleeper(0.01 * i), name=f"s{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(me in asyncio.all_tasks())
    await asyncio.sleep(0.015)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(len(asyncio.all_tasks(asyncio.get_running_loop())))


print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop))
print(asyncio.all_tasks(loop))
loop.close()
asyncio.run(main())
