# TypeError messages for unsupported operands and misused objects.
class Thing:
    pass
five, nothing, text, items = 5, None, "abc", [1, 2]
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: "a" - "b",
    lambda: [1] - [1],
    lambda: 1 / "2",
    lambda: None + 1,
    lambda: {} + {},
    lambda: 2 ** "x",
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: -"x",
    lambda: ~1.5,
    lambda: +[],
    lambda: 1 < "a",
    lambda: [] > (),
    lambda: Thing() < Thing(),
    lambda: Thing() + 1,
    lambda: 1 @ 2,
    lambda: five[0],
    lambda: nothing[0],
    lambda: {}[[]],
    lambda: (1, 2)[0:1:"x"],
    lambda: text["x"],
    lambda: items["a"],
    lambda: 1 in 5,
    lambda: "a" in [1] and 1 in "abc",
    lambda: len(Thing()),
    lambda: iter(Thing()),
    lambda: Thing()(),
    lambda: {[]: 1},
    lambda: set([[1]]),
    lambda: hash([]),
    lambda: "".join([1]),
    lambda: "%d" % "x",
    lambda: int(None),
    lambda: float([]),
    lambda: 1 & 1.0,
    lambda: 1 << 1.0,
    lambda: [] * [],
    lambda: (1).x,
]
for case in cases:
    try:
        case()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
x = (1, 2)
try:
    x[0] = 5
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    a = 1
    a += "x"
except TypeError as e:
    print("TypeError:", e)
try:
    lst = [1]
    lst += 5
except TypeError as e:
    print("TypeError:", e)
