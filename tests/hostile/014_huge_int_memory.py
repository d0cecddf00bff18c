# expect: MemoryError
# flags: --max-heap-mb 64
x = 7
while True:
    x = x * x
