# Exception args, str and repr for the common built-in exceptions.
for e in [ValueError(), ValueError("one"), ValueError("two", 2), ValueError(None), ValueError(""),
          KeyError("k"), KeyError(1), KeyError(), KeyError("a", "b"), IndexError(3),
          Exception([1, 2]), RuntimeError("x\ny"), StopIteration(5), SystemExit(2), SystemExit("msg"),
          ZeroDivisionError("division by zero"), AttributeError("attr")]:
    print(repr(e), "|", str(e), "|", e.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt().args)
e = ValueError("a")
e.args = ("changed", 1)
print(e, repr(e))
try:
    {"x": 1}["y"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [1][5]
except IndexError as e:
    print(repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args)
try:
    int("q")
except ValueError as e:
    print(repr(e))
try:
    None.foo
except AttributeError as e:
    print(repr(e), e.args)
try:
    undefined_name
except NameError as e:
    print(repr(e), e.name)
print(str(KeyError("with 'quotes'")), str(KeyError('with "double"')))
print(isinstance(ValueError(), BaseException), ValueError.__name__, type(ValueError()).__name__)
print(ValueError("x") == ValueError("x"))
