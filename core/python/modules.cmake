# builtins and the standard modules besides asyncio: sys, time, functools, random, math,
# itertools, collections.
set(AIOPLAY_PYTHON_MODULE_SOURCES
)
