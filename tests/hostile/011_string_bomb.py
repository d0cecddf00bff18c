# expect: MemoryError
# flags: --max-heap-mb 64
x = "x" * 10**10
