# The built-in data types: int, bool, float, str, list, tuple, dict, set, frozenset, range, slice.
set(AIOPLAY_PYTHON_TYPE_SOURCES
)
