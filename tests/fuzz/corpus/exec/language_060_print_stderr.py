# print(file=sys.stderr) and sys.stderr.write go to stderr; stdout is separate.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2 via write\n")
print("out 2")
n = sys.stdout.write("out 3 via write\n")
print("write returned", n)
print("err", "with", "sep", sep="-", file=sys.stderr)
sys.stderr.flush()
sys.stdout.flush()
print("warning: something", file=sys.stderr, end="!\n")
print("done")
