# Reprs that contain addresses go to stderr, where the runner normalises 0x... on both sides.
import sys
async def fetch():
    return 1
def plain():
    pass
class Widget:
    def method(self):
        pass
c = fetch()
print(repr(c), file=sys.stderr)
print(repr(plain), file=sys.stderr)
print(repr(Widget()), file=sys.stderr)
print(repr(Widget().method), file=sys.stderr)
print(repr(object()), file=sys.stderr)
print(repr(x for x in []), file=sys.stderr)
print(repr(lambda: 0), file=sys.stderr)
c.close()
print("stdout: reprs start with", repr(c).split(" at ")[0], repr(plain).split(" at ")[0])
