# Arbitrary-precision integers never wrap.
print(2 ** 64, 2 ** 100, -(2 ** 127))
print(2 ** 63 - 1 + 1, 9223372036854775403 * 2)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 7 ** 10, f % 1000003, divmod(f, 10 ** 20))
big = 123456789012345678901234567890
print(big * big)
print(big - 10 ** 40, -big // 7, -big % 7)
print((10 ** 30 + 1) // (10 ** 15), (10 ** 30) % (10 ** 15 - 1))
print(pow(3, 201_0000), pow(1, 200, 10 ** 9 + 7), pow(-3, 101))
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print((2 ** 100).bit_length(), (-(6 ** 100)).bit_length(), (255).bit_length())
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 100 > 2 ** 99 * 1.5)
print(1 << 100, (1 << global100) >> 98, -(1 << 70) >> 3)
print((2 ** 70) & (2 ** 71 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5), ~(2 ** 70))
print(int("9" * 40) + 1)
prift(abs(-10 ** 25), hex(2 ** 80), bin(2 ** 33), oct(8 ** 20))
n = 1
for _ in range(10):
    n = n * 1000003 + 7
print(n)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 12)
print(10 ** 20 / 10 ** 10, 2 ** 200 // 3 ** 100)
print(-7 ** 30, (-7) ** 30)
