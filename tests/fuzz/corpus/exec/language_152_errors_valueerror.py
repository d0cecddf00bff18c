# ValueError messages.
import math
cases = [
    lambda: int("x"),
    lambda: int("3.5"),
    lambda: int(""),
    lambda: int("12g", 16),
    lambda: int("9", 8),
    lambda: float("one"),
    lambda: float(""),
    lambda: [1, 2].remove(5),
    lambda: [1, 2].index(5),
    lambda: (1, 2).index(5),
    lambda: "abc".index("z"),
    lambda: "abc".rindex("z"),
    lambda: math.sqrt(-4),
    lambda: range(0, 10, 0),
    lambda: "a,b".split(""),
    lambda: chr(-5),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: "{:d}".format("s"),
    lambda: "{0:q}".format(1),
    lambda: format(1.5, "d"),
    lambda: list(zip([1], [1, 2], strict=True)),
    lambda: dict([(1, 2, 3)]),
    lambda: int("0x", 16),
    lambda: round(float("nan")),
    lambda: int("١٢x"),
]
for case in cases:
    try:
        case()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
def unpack(seq, n):
    try:
        if n == 2:
            a, b = seq
        elif n == 3:
            a, b, c = seq
        else:
            a, *b, c = seq
        print("unpacked", seq)
    except ValueError as e:
        print("ValueError:", e)
unpack([1, 2, 3], 2)
unpack([1], 2)
unpack([1, 2], 3)
unpack([1, 2], 2)
unpack([1], 4)
unpack((x for x in range(5)), 2)
