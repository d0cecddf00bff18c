import asyncio

loop = asyncio.get_event_loop()
print(type(loop).__name__ in ("_UnixSelectorEventLoop", "SelectorEventLoop", "EventLoop") or True)
print(loop is asyncio.get_event_loop())
print(loop.is_running(), loop.is_closed())


async def main():
    running = asyncio.get_running_loop()
    print("running is loop:", running is loop)
    print("get_event_loop inside:", asyncio.get_event_loop() is loop)
    print("is_running inside:", running.is_running())
    return 42


print(loop.run_until_complete(main()))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
