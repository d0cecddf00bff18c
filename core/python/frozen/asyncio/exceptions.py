# asyncio.exceptions: the engine makes the classes; this module is where CPython's code (and a
# program that imports it) finds them.
from asyncio import CancelledError, InvalidStateError, TimeoutError

__all__ = ("CancelledError", "InvalidStateError", "TimeoutError")
