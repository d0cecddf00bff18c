# raise, raise ... from ..., __cause__, __context__, __suppress_context__, bare raise.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        print("  logging and re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    raise TypeError("explicit cause") from ValueError("the cause")
except TypeError as e:
    print(e, "<-", repr(e.__cause__))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), str(e) == "")
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise e
except KeyError as e:
    print("raise e:", repr(e))
