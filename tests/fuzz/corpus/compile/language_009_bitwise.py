# Bitwise operators on ints, including negatives (two's complement, infinitely sign-extended).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 3, -12 >> 2, -1 >> 10, -1 << 10)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, (1 << 64) - 1)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA, hex(0xDEAD ^ 0xBEEF))
print(True & 3, 7 & True, 5 ^ False)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), bool(flags & (1 << 3)), bool(flags & (1 << 4)))
flags &= ~(1 << 3)
print(flags, bin(flags))
flags ^= 0b11
print(flags, bin(flags))
flags <<= 4
print(flags)
flags >>= 6
print(flags)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)])
print((255).bit_count(), (-255).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(~0, ~-1, ~True, 5 >> 100, -5 >> 100)
