# print: sep, end, file, flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- same line")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, [1], (2,), {"k": 1}, True, sep=",")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*[], sep="!")
print("end None", end=None)
print("sep None", "x", sep=None)
print("", end="")
print("tab\tseparated")
print("multi\nline")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print("into", "object", file=c)
print("captured:", c.parts)
print("last line")
