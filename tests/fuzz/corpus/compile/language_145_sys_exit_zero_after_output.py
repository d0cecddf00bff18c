# sys.exit(0) from inside nested calls and a with block, after printing to both streams.
import sys
class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
def inner():
    with Ctx():
        print("error text", file=sys.stderr)
        sys.exit(0)
def outer():
    inner()
    print("unreachable")
outer()
