# expect: MemoryError
# CPython computes this 100-million-digit int for seconds, then refuses to print it (ValueError);
# the engine refuses to make it: ints are capped well below that size.
x = 10 ** 10**8
print(x)
