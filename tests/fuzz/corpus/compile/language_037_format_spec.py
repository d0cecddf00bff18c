# The format mini-language through format() and str.format().
print(format(42), format(42, "d"), format(42, "6"), format(42, "<6") + "|", format(42, "^7") + "|")
print(format(-42, "=8"), format(-42, "08"), format(42, "+08"), format(42, " "), format(-42, " "))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"), format(255, "o"), format(255, "#b"))
print(format(1234567890, ","), format(1234567890, "_"), format(0xFFFFFF, "_x"), format(-1234.5, ",.2f"))
print(format(3.14159, "f"), format(3.14159, ".3f"), format(3.14159, "e"), format(3.14159, "E"), format(3.14159, ".2e"))
print(format(0.00001234, "g"), format(123456789.0, "g"), format(1e-10, "G"), format(1.0, "g"), format(100.0, ".1g"))
print(format(0.25, "%"), format(0.25, ".0%"), format(1 / 3, ".2%"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1e16, "f"), format(float("inf"), "f"), format(float("nan"), "F"))
print(format(3.0), format(3.0, ""), format(1e20, ""), format(12.5, "10"), format(12.5, "<10") + "|")
print(format("text", "10") + "|", format("text", ">10"), format("text", "^10") + "|", format("text", ".2"))
print(format("text", "*^11"), format("x", "-<3"), format(7, "0>3"), format(True, "d"), format(True))
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03d}".format(name="id", n=7))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 5))
print("{!r} {!s}".format("q", "q"), "{:{}}|".format("w", 5), "{:.{}f}".format(2.71828, 2))
print("{{}} {}".format("braces"))
print(format(5, "c") if False else format(65, "c"), format(0, "#x"), format(-255, "#x"))
print(format(12345.6789, "10.2f"), format(12345.6789, "<12,.1f") + "|")
print(format(1.5, "+.3f"), format(-1.5, "+.3f"), format(0.0001, ".3f"), format(-0.0, ".1f"))
print(format(123, ".2f"), format(7, "e"), format(10 ** 20, ","))
print(format(1234.5, "n") if False else "skip n", format(5, "%"), format(1.23456789e-5, ".3"))
for bad, spec in [(5, "s"), ("x", "d"), (1.5, "d"), (5, ",x"), (5, "z")]:
    try:
        format(bad, spec)
    except ValueError as e:
        print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
