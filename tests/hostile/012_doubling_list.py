# expect: MemoryError
# flags: --max-heap-mb 64
x = [1]
while True:
    x = x + x
