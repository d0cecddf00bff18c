# expect: MemoryError
# flags: --max-heap-mb 64
x = [0] * 10**10
