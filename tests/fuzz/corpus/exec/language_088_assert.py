# assert statements.
def divide(a, b):
    assert b != 0, "b must not be zero"
    return a / b
print(divide(6, 3))
try:
    divide(1, 0)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("message object:", e.args[0])
x = 5
assert x > 0
assert isinstance(x, int), f"x is {type(x)}"
print("assertions passed")
def check(n):
    assert n % 2 == 0, f"{n} is odd"
    return n // 2
for n in [4, 7, 10]:
    try:
        print(check(n))
    except AssertionError as e:
        print("failed:", e)
try:
    assert (x := 0), "walrus value %d" % x
except AssertionError as e:
    print(e)
