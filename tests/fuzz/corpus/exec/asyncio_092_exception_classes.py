import asyncio

for cls in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError,
            asyncio.QueueEmpty, asyncio.QueueFull):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])
print(asyncio.TimeoutError is TimeoutError)
print(repr(asyncio.CancelledError("m")), str(asyncio.CancelledError("m")))
try:
    raise asyncio.CancelledError
except Exception:
    print("caught as Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)
