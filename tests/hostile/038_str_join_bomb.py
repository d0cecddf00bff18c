# expect: MemoryError
# flags: --max-heap-mb 64
s = "ab"
while True:
    s = s + s
