# expect: ValueError
try:
    raise ValueError("a")
except ValueError as e:
    e.__context__ = e
    raise
