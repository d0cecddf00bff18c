import asyncio


def resolve(fut, value):
    print("resolving with", value)
    fut.set_result(value)


def got_result(fut):
    print("done callback:", fut.result())


loop = asyncio.get_event_loop()
future = loop.create_future()
future.add_done_callback(got_result)
loop.call_later(0.05, resolve, future, "Future is done!")
print(loop.run_until_complete(future))
print(future.done(), future.result())
loop.close()
