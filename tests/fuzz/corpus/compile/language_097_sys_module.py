# sys: argv, recursion limit, version info, stdout/stderr objects.
import sys
print(sys.argv, len(sys.argv), sys.argv[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8), isinstance(sys.version, str))
print(sys.version.startswith(f"{sys.version_info.major}.{sys.version_info.minor}"))
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.stdout is not sys.stderr)
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
print(callable(sys.exit), "sys" in sys.modules)
sys.stdout.write("written directly\n")
print(sys.stdout.write("") == 0)
