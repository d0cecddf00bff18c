import asyncio


def on_done(t):
    state = "cancelled" if t.cancelled() else ("error " + repr(t.exception()) if t.exception() else repr(t.result()))
    print("done:", t.get_name(), state)


async def value(v):
    await asyncio.sleep(0.01)
    if isinstance(v, Exception):
        raise v
    return v


async def main():
    ok = asyncio.create_task(value(1), name="ok")
    err = asyncio.create_task(value(KeyError("k")), name="err")
    can = asyncio.create_task(value(2), name="can")
    for t in (ok, err, can):
        t.add_done_callback(on_done)
    can.remove_done_callback(on_done)
    can.add_done_callback(on_done)
    print(ok.remove_done_callback(print))
    can.cancel()
    await asyncio.wait([ok, err, can])
    await asyncio.sleep(0)
    ok.add_done_callback(on_done)
    await asyncio.sleep(0)


asyncio.run(main())
