# printf-style % formatting.
print("%s is %d years" % ("Bob", 30))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031, 1e-7, 2.5e20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c%c" % (72, "i", 33))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%% literal, %s" % "ok")
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%d" % 3.99, "%i" % -2.5, "%s" % 3.0, "%.0f" % 2.5, "%.0f" % 3.5)
print("%d%%" % 50)
print("%5.1f%%" % 99.5)
for args in [("a",), (1, 2)]:
    try:
        print("%s %s" % args)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(a)s" % {"b": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
print("%s and %s" % ("x", "y"), "%-6s|" % "ab", "%6.2f|" % -1.005)
print("%x" % -255, "%d" % (2 ** 70), "%e" % 0)
