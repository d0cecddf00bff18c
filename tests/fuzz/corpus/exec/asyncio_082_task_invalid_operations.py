import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, "r"))
    for call in (t.result, t.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "->", e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("set_result ->", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("set_exception ->", e)
    print(await t)


asyncio.run(main())
