# Ctrl+C (manifest interrupt_at 1.0) inside loop.run_until_complete(), caught; then the pending
# tasks are cancelled and the loop runs once more to let the cancellations happen.
import asyncio

ticks = {"a": 0, "b": 0}


async def worker(name, delay):
    try:
        while True:
            await asyncio.sleep(delay)
            ticks[name] += 1
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


loop = asyncio.get_event_loop()
tasks = [loop.create_task(worker("a", 0.2)), loop.create_task(worker("b", 0.3))]
print("started")
try:
    loop.run_until_complete(asyncio.wait(tasks))
except KeyboardInterrupt:
    print("KeyboardInterrupt, both ticked:", ticks["a"] >= 1 and ticks["b"] >= 1)
    pending = asyncio.all_tasks(loop)
    print(len(pending), "pending")
    for t in tasks:
        print(t.cancel())
    loop.stop()
    loop.run_forever()
finally:
    loop.close()
print([t.cancelled() for t in tasks], loop.is_closed())
