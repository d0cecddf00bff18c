import asyncio


class AppError(Exception):
    pass


async def load(key):
    await asyncio.sleep(0.01)
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key!r}") from e


loop = asyncio.new_event_loop()
print(loop.run_until_complete(load("a")))
task = loop.create_task(load("b"))
loop.run_until_complete(task)
