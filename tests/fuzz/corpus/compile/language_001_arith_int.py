# Integer arithmetic: the four operations, floor division and modulo with signs.
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, (-8) ** 2)
print(7 / 7, 1 / 3, 10 / 4, -7 / 2, 0 / 5)
print(1 + 2 * 3 - 4 // 2 % 3)
print(100 - 1 - 2 - 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
print(+5, -(-5), --5, -+-5)
print(abs(-12), abs(12), abs(0))
print(7 % 1, 0 % 7, 12345 // 10 % 10)
print(int(True) + 1, True + True, True * 10, False - 1)
print(type(3 / 1).__name__, type(3 // 1).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
