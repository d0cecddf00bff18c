# int() parsing and integer formatting helpers.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("z", 36), int("Z", 36), int("777", 8), int("10", 3))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(bin(10), oct(10), hex(255), bin(-5), hex(-255), oct(0))
print((10).bit_length(), (0).bit_length(), (-1).bit_length())
print((6).as_integer_ratio(), (-4).as_integer_ratio())
print(str(123), repr(-456), str(0), str(-0))
print(int("١٢٣"))
for text in ["12", "1.5", "abc", "", " 7 ", "0x10", "1__0", "٣"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes is not None, (1024).to_bytes(2, "big") == b"\x04\x00")
print(int("-0"), int("00012"), int("  0b11  ", 0))
