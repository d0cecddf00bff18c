# A lazy data pipeline built from generators.
log_lines = """INFO start
WARN disk 81%
INFO user login
ERROR db timeout
WARN disk 85%
ERROR db timeout
INFO done""".splitlines()
def parse(lines):
    for n, line in enumerate(lines, 1):
        level, _, message = line.partition(" ")
        yield {"n": n, "level": level, "msg": message}
def only(level, records):
    return (r for r in records if r["level"] == level)
def numbered(records):
    for r in records:
        yield f"{r['n']:>2}: {r['msg']}"
for line in numbered(only("ERROR", parse(log_lines))):
    print(line)
warns = list(only("WARN", parse(log_lines)))
print(len(warns), [w["msg"] for w in warns])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print(list(take(6, odd_squares)))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([5, 10, -3, 8])))
def window(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
from collections import Counter
print(Counter(r["level"] for r in parse(log_lines)).most_common())
