# SystemExit is an exception: it can be caught, inspected and re-raised; sys.exit() and sys.exit(None) mean 0.
import sys
for arg in [(), (0,), (None,), (2,), ("text",), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), repr(e))
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
try:
    exit_code = 0
    sys.exit(exit_code)
except SystemExit:
    print("caught and continuing")
print("finishing with sys.exit() -> status 0")
sys.exit()
