# asyncio.wait_for and asyncio.shield, with CPython 3.11's semantics (Lib/asyncio/tasks.py): both
# are plain coroutines and callbacks on futures, so they run on the same tasks and loop as the
# program. "#@ N" marks a line a traceback shows: it reads as line N of CPython's tasks.py.
import asyncio
import functools
from asyncio import exceptions

__all__ = ("wait_for", "shield")


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _wrap_awaitable(awaitable):
    # A generator, which 3.11's tasks run as they run coroutines: ensure_future() of an object
    # with __await__.
    return (yield from awaitable.__await__())


async def _cancel_and_wait(fut):
    waiter = asyncio.get_running_loop().create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # Waits for the cancellation itself: the task may catch it and go on for a while.
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = asyncio.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = asyncio.ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  #@ 458
        await _cancel_and_wait(fut)
        try:
            return fut.result()  #@ 462
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@ 464

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = asyncio.ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except asyncio.CancelledError:
            # The caller was cancelled: so is what it waits for, unless that is already done.
            if fut.done():
                return fut.result()  #@ 479
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()  #@ 489
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        # The awaited task may have swallowed the cancellation and returned a value anyway.
        try:
            return fut.result()  #@ 500
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@ 502
    finally:
        timeout_handle.cancel()


def shield(arg):
    inner = asyncio.ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # marks it retrieved: nobody else will look
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
