# sys.stdout.write returns the number of characters; print and write interleave in order.
import sys
n = sys.stdout.write("abc")
print()
print("returned", n)
print(sys.stdout.write("héllo ✓\n"))
sys.stdout.write("no newline, ")
print("then print")
for i in range(3):
    sys.stdout.write(f"[{i}]")
sys.stdout.write("\n")
lines = ["one\n", "two\n"]
sys.stdout.writelines(lines)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.flush()
print("end")
