import asyncio


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return self.value


async def main():
    print(await Later("direct"))
    t = asyncio.ensure_future(Later("wrapped"))
    print(type(t).__name__)
    print(await t)
    print(await asyncio.gather(Later(1), Later(2)))
    print(await asyncio.wait_for(Later("wf"), 1))


asyncio.run(main())
