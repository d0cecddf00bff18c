# The built-in exception hierarchy.
names = ["BaseException", "Exception", "KeyboardInterrupt", "SystemExit", "GeneratorExit",
         "StopIteration", "StopAsyncIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "AssertionError", "AttributeError", "LookupError", "IndexError", "KeyError", "NameError",
         "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError", "TypeError",
         "ValueError", "MemoryError", "TimeoutError", "Warning", "DeprecationWarning", "RuntimeWarning"]
classes = [BaseException, Exception, KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration,
           StopAsyncIteration, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError,
           AttributeError, LookupError, IndexError, KeyError, NameError, UnboundLocalError, RuntimeError,
           RecursionError, NotImplementedError, TypeError, ValueError, MemoryError, TimeoutError, Warning,
           DeprecationWarning, RuntimeWarning]
for name, cls in zip(names, classes):
    print(name, cls.__name__ == name, cls.__base__.__name__, issubclass(cls, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(TimeoutError, OSError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
for cls in classes:
    try:
        raise cls("message")
    except BaseException as e:
        print(f"{type(e).__name__}: {e!r} {e}")
