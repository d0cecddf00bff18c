import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print(a is b)
asyncio.set_event_loop(a)
print(asyncio.get_event_loop() is a)
asyncio.set_event_loop(b)
print(asyncio.get_event_loop() is b)


async def which():
    return asyncio.get_running_loop()


print(a.run_until_complete(which()) is a)
print(b.run_until_complete(which()) is b)
a.close()
b.close()
print(a.is_closed(), b.is_closed())
asyncio.set_event_loop(None)
c = asyncio.new_event_loop()
asyncio.set_event_loop(c)
print(c.run_until_complete(asyncio.sleep(0, "slept")))
c.close()
