# abs, round, divmod, pow, hex, oct, bin, int, float, chr, ord.
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3.0), divmod(2 ** 65, 7))
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-8, 1 / 3) if False else "skip", pow(3, 4, 5), pow(7, -1, 11), pow(0, 0))
print(pow(2, 100, 97), pow(-2, 3, 5), pow(4, 0.5), pow(10, -1))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(hex(0), hex(4096), oct(64), bin(0), bin(1023), hex(-1), oct(-8), bin(-1))
print(chr(65), chr(0x263A), ord("A"), ord("☺"), ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(2.567, 1), round(-2.567), round(1 / 3, 4))
print(float("3"), float(-2), int("-3"), int(4.9999), float(" 1e2 "))
print(max(abs(-3), abs(2)), divmod(7, -2), pow(-1, 2 ** 70), (-1) ** 0.5 if False else "complex skipped")
print(10 % 3.5, -10 % 3.5, 10.0 // 3, 2 ** 0.5 * 2 ** 0.5)
