# KeyError and IndexError messages.
from collections import deque
cases = [
    lambda: [1, 2, 3][3],
    lambda: [][0],
    lambda: [1][-2],
    lambda: (1, 2)[5],
    lambda: ()[0],
    lambda: "abc"[10],
    lambda: ""[0],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: deque().popleft(),
    lambda: deque([1])[4],
    lambda: {"a": 1}["b"],
    lambda: {}[0],
    lambda: {}[(1, "x")],
    lambda: {}.pop("k"),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {"": 1}[None],
]
for case in cases:
    try:
        case()
        print("no error")
    except LookupError as e:
        print(f"{type(e).__name__}: {e}")
lst = [1, 2, 3]
try:
    lst[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[7]
except IndexError as e:
    print("IndexError:", e)
d = {"x": 1}
try:
    del d["y"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d["multi\nline"]
except KeyError as e:
    print("KeyError:", e)
