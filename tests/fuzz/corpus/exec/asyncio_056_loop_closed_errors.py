import asyncio


async def job():
    return 1


loop = asyncio.new_event_loop()
loop.close()
for name, call in [("run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0))),
                   ("run_forever", loop.run_forever),
                   ("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("create_task", lambda: loop.create_task(job()))]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print(loop.create_future().get_loop() is loop)
