# bool is a subclass of int; None is a singleton.
print(True, False, None, repr(None), str(True))
print(True + True, True * 3, False + 0, True / 2, -True, ~True, True << 3)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, type(None).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool({0: 0}), bool(set()), bool(None), bool(range(0)), bool(range(1)))
print(True == 1, False == 0, True is True, None == False, None is None, not None)
print(True and 3, False and 3, None or "x", 0 or [] or "last", 1 and 2 and 3)
print(True & False, True | False, True ^ True, True & 1, type(True & True).__name__, type(True & 1).__name__)
print(str(None), [None, True], {True: "yes", False: "no"}[3 > 2])
d = {1: "int one", True: "bool one"}
print(d, len(d))
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
def f():
    pass
print(f(), f() is None)
print(bool.__name__, int(True), float(False), True.real, hash(True), hash(False))
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
print(repr(bool("False")), bool(int("0")))
